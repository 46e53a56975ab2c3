// Placeholder until the loader tests land; delete when they do.
