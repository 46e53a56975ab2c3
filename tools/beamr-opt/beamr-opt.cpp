// Placeholder until the loader lands; replaced by the real beamr-opt.
int main() { return 1; }
