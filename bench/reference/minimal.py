"""Reference app: the smallest Streamlit page, for page-level benchmarks to compare against."""

import streamlit as st

st.write("Hello")
