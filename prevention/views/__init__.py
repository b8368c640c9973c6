"""One module per page: everything a page shows, computed (frames and sentences), no Streamlit."""
