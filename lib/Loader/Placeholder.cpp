// Placeholder until the loader sources land; delete when they do.
