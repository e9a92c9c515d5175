"""Development tools for the embedded model and the app: training (`train`), evaluation
(`evaluate`), a local app launcher for tests and benchmarks (`local_app`) and the README pictures
(`make_readme_media`). They use the runtime package, never the reverse."""
