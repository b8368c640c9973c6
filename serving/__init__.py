"""The Streamlit runtime: st.cache_* wrappers over the store, the page-run lock, nginx config."""
