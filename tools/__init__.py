"""Development tools, not shipped in the kmytext package: evaluations, training, builds
of the bundled data, benchmarks. Run each as a module from the repository root
(``python -m tools.eval ner``); ``tools/README.md`` lists them with the data they need."""
