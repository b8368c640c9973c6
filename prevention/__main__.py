"""`python -m prevention COMMAND`: the data steward's command line.

build      seed (+ illustrative data) -> a new release of the store, atomically
ingest     validate an institution's aggregated CSV submission and add it as a release
check      audit a store: disclosure control, referential integrity, one preferred value
geo        obtain municipality boundaries (mirror or pinned download), verify, simplify
demo-data  write the deterministic illustrative municipal figures and measures as CSV
export     the published store as CSV files with a bilingual datapackage.json
nginx-conf the nginx configuration: CSP hashes of Streamlit's bootstrap, translated errors
"""

import argparse
import sys
from pathlib import Path

from prevention.store.db import REPO_ROOT, Store, configured_store


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run one command; the exit code says whether it worked."""
    parser = argparse.ArgumentParser(
        prog="python -m prevention", description=__doc__.split("\n")[0]
    )
    commands = parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="build the store from the seed")
    build.add_argument("--no-illustrative", action="store_true", help="leave out generated data")
    build.add_argument("--if-needed", action="store_true", help="only when missing or stale")
    build.add_argument("--database", type=_store, help="store file or URL (default: from the env)")

    ingest = commands.add_parser("ingest", help="add an institution's CSV submission")
    ingest.add_argument("file", type=Path)
    ingest.add_argument("--institution", help="short name of the submitting institution")
    ingest.add_argument("--replace", action="store_true", help="replace values already stored")
    ingest.add_argument("--database", type=_store)

    check = commands.add_parser("check", help="audit a store and list every offending row")
    check.add_argument("--database", type=_store)

    geo = commands.add_parser("geo", help="obtain and simplify municipality boundaries")
    geo.add_argument("--force", action="store_true", help="rebuild even when up to date")

    demo = commands.add_parser("demo-data", help="write the illustrative data as CSV")
    demo.add_argument("--out", type=Path, default=REPO_ROOT / "data" / "illustrative")

    export = commands.add_parser("export", help="export the published store as CSV")
    export.add_argument("--out", type=Path, default=REPO_ROOT / "data" / "export")
    export.add_argument("--database", type=_store)
    export.add_argument(
        "--example",
        action="store_true",
        help="add the generated example rows, each flagged in an 'illustrative' column",
    )

    nginx = commands.add_parser("nginx-conf", help="write nginx.conf for this site")
    nginx.add_argument("folder", type=Path, help="nginx's prefix folder for this site")
    nginx.add_argument("--listen", default="127.0.0.1:8080", help="nginx's listen address")
    nginx.add_argument("--backend", action="append", help="an app process, host:port (repeat)")
    nginx.add_argument("--tls-certificate", type=Path, help="serve HTTPS with this certificate")
    nginx.add_argument("--tls-key", type=Path, help="and this private key")

    args = parser.parse_args(argv)
    path = getattr(args, "database", None) or configured_store()
    if args.command == "build":
        return _build(path, illustrative=not args.no_illustrative, if_needed=args.if_needed)
    if args.command == "ingest":
        from prevention.ingest import run as run_ingest

        return run_ingest(args.file, path, institution=args.institution, replace=args.replace)
    if args.command == "check":
        from prevention.release import audit

        return audit.run(path)
    if args.command == "geo":
        from prevention.geo import fetch as geo_module

        return geo_module.run(force=args.force)
    if args.command == "demo-data":
        from prevention.illustrative import demo as demo_module
        from prevention.release.seed import SEED_DIR

        return demo_module.run(args.out, SEED_DIR)
    if args.command == "export":
        from prevention.release import export as export_module

        return export_module.run(path, args.out, example=args.example)
    if args.command == "nginx-conf":
        from serving.nginx_conf import write

        if bool(args.tls_certificate) != bool(args.tls_key):
            print("--tls-certificate and --tls-key go together", file=sys.stderr)
            return 2
        tls = (args.tls_certificate, args.tls_key) if args.tls_certificate else None
        backends = args.backend or ["127.0.0.1:8501"]
        conf = write(args.folder.resolve(), args.listen, backends, tls=tls)
        print(f"written: {conf}")
        return 0
    return 2


def _store(value: str) -> Store:
    """`--database`: a SQLite file, or a URL (`postgresql+psycopg://…?schema=…`)."""
    return configured_store(value) if "://" in value else Path(value)


def _build(path: Store, *, illustrative: bool, if_needed: bool) -> int:
    """Run a build and print one summary line; a failed audit leaves the old store."""
    from prevention.build import BuildError, build, needs_build

    if if_needed and not needs_build(path):
        print(f"store up to date: {path}")
        return 0
    try:
        result = build(path, illustrative=illustrative)
    except BuildError as error:
        print(f"build failed, the previous store is unchanged:\n{error}", file=sys.stderr)
        return 1
    counts = ", ".join(f"{name} {rows}" for name, rows in result.row_counts.items())
    print(f"release {result.release_id} written to {result.path}: {counts}")
    print(f"suppression: {result.suppression}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
