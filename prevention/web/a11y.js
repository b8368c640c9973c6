// What Streamlit cannot say in HTML by itself, said after every change of the page:
// the document's language (after a switch without a reload: the server writes the first), an
// accessible name for each Plotly chart (its title) pointing to the chart's one-sentence text
// summary, and each map fitted to its areas' bounds at the width it has (a tile map has one
// zoom for every width: at 390 px it cut the coast and the east edge).
// One constant text: the nginx Content Security Policy allows it by its sha256
// (prevention/nginx_conf.py); what changes per page comes in the tag's data-* attributes.
(() => {
  const tag = document.currentScript;
  const settings = {
    lang: tag.dataset.lang || "lt",
    chart: tag.dataset.chart || "",
    sparkline: tag.dataset.sparkline || "",
  };
  window.preventionA11ySettings = settings;
  if (window.preventionA11y) {
    window.preventionA11y();
    return;
  }
  let counter = 0;
  const label = () => {
    const current = window.preventionA11ySettings;
    const root = document.documentElement;
    if (root.lang !== current.lang) root.lang = current.lang;
    document.querySelectorAll('[data-testid="stPlotlyChart"]').forEach((chart) => {
      const heading = chart.querySelector(".gtitle");
      const title = heading ? heading.textContent.trim() : "";
      const name = title ? `${current.chart}: ${title}` : current.chart;
      if (chart.getAttribute("role") !== "figure") chart.setAttribute("role", "figure");
      if (chart.getAttribute("aria-label") !== name) chart.setAttribute("aria-label", name);
      const panel = chart.closest('[class*="st-key-chart_panel_"]');
      const summary = panel && panel.querySelector('[class*="st-key-chart_summary_"]');
      if (summary) {
        if (!summary.id) summary.id = `chart-summary-${++counter}`;
        if (chart.getAttribute("aria-describedby") !== summary.id) {
          chart.setAttribute("aria-describedby", summary.id);
        }
      }
    });
    // A map whose figure names its bounds (layout.meta.fit, components/maps.py) is fitted to
    // them with MapLibre's own camera for those bounds, again after anything moves it (a
    // redraw of the figure puts back the figure's fixed zoom) or its width changes.
    document.querySelectorAll(".js-plotly-plot").forEach((plot) => {
      const fit = plot.layout && plot.layout.meta && plot.layout.meta.fit;
      const subplot = plot._fullLayout && plot._fullLayout.map && plot._fullLayout.map._subplot;
      const map = subplot && subplot.map;
      if (!fit || !map) return;
      const refit = () => {
        if (!map.getCanvas().clientWidth) return;
        const camera = map.cameraForBounds(fit, { padding: 8 });
        if (!camera) return;
        const off = Math.abs(map.getZoom() - camera.zoom) > 0.01 ||
          map.project(camera.center).dist(map.project(map.getCenter())) > 1;
        if (off) map.jumpTo({ center: camera.center, zoom: camera.zoom });
        map.preventionFitted = true;
      };
      if (!map.preventionRefit) {
        map.preventionRefit = refit;
        map.on("moveend", refit);
        map.on("resize", refit);
      }
      refit();
    });
    // A headline card's sparkline (a Vega drawing whose marks claim the role of images):
    // one image named after its card; the value and change beside it are text already.
    document.querySelectorAll('[data-testid="stMetric"] svg.marks').forEach((drawing) => {
      const box = drawing.parentElement;
      const card = drawing.closest('[data-testid="stMetric"]');
      const heading = card.querySelector('[data-testid="stMetricLabel"]');
      const name = `${heading ? heading.textContent.trim() : ""} – ${current.sparkline}`;
      if (drawing.getAttribute("aria-hidden") !== "true") drawing.setAttribute("aria-hidden", "true");
      if (box.getAttribute("role") !== "img") box.setAttribute("role", "img");
      if (box.getAttribute("aria-label") !== name) box.setAttribute("aria-label", name);
    });
    // The current page's menu link says so (styled in components/a11y.py): not only in bold.
    // Menu links are relative to the site's base (its pages are one level deep).
    const base = new URL("./", location.href);
    const menu = '[data-testid="stSidebar"] [data-testid="stPageLink-NavLink"]';
    document.querySelectorAll(menu).forEach((link) => {
      const target = new URL(link.getAttribute("href") || "", base);
      const here = target.pathname === location.pathname;
      if (here && link.getAttribute("aria-current") !== "page") {
        link.setAttribute("aria-current", "page");
      } else if (!here && link.hasAttribute("aria-current")) {
        link.removeAttribute("aria-current");
      }
    });
  };
  let queued = false;
  window.preventionA11y = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      label();
    });
  };
  // Charts draw their SVG after the run ends, and pages change without a reload.
  new MutationObserver(window.preventionA11y).observe(document.body, {
    childList: true,
    subtree: true,
  });
  window.addEventListener("resize", window.preventionA11y);
  window.preventionA11y();
})();
