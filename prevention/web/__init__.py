"""The site's HTTP side without Streamlit: server rules, error pages, URL values, public URLs."""
