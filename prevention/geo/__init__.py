"""Geography: municipality boundaries and tiles, map values by area, finding places by name."""
