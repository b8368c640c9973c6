"""Reference app: one Plotly line chart of 20 points, to compare page-level benchmarks with."""

import plotly.graph_objects as go
import streamlit as st

years = list(range(2005, 2025))
values = [40 + (year % 7) * 3 + (year - 2005) for year in years]
figure = go.Figure(go.Scatter(x=years, y=values, mode="lines+markers", name="Reference"))
figure.update_layout(title="Reference chart", height=400, margin={"t": 50, "b": 40})
st.plotly_chart(figure)
