# lit configuration for beamr-jit: tool output checked with FileCheck.
import os
import shutil
import lit.formats

config.name = "beamr"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".test", ".erl", ".gleam"]
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.beamr_obj_root, "test")

path = os.pathsep.join([config.beamr_tools_dir, config.llvm_tools_dir,
                        config.environment.get("PATH", os.environ["PATH"])])
config.environment["PATH"] = path
for var in ("HOME", "TMPDIR", "BEAMR_GLEAM_COMPILER", "ERL_LIBS"):
    if var in os.environ:
        config.environment[var] = os.environ[var]

# `sanitizer`: this build has BEAMR_USE_SANITIZER set (tests scale down or
# skip work that would outlast their limits there).
cache = os.path.join(config.beamr_obj_root, "CMakeCache.txt")
if os.path.exists(cache):
    with open(cache) as f:
        for line in f:
            if line.startswith("BEAMR_USE_SANITIZER:") and line.strip().split("=", 1)[1]:
                config.available_features.add("sanitizer")

utils = os.path.join(config.beamr_src_root, "utils")
config.substitutions.append(("%beamr-opt", os.path.join(config.beamr_tools_dir, "beamr-opt")))
config.substitutions.append(("%beamr-jit", os.path.join(config.beamr_tools_dir, "beamr-jit")))
config.substitutions.append(("%beamr-term-check", os.path.join(config.beamr_tools_dir, "beamr-term-check")))
config.substitutions.append(("%gleam-to-beam", os.path.join(utils, "gleam-to-beam")))
config.substitutions.append(("%erlc", shutil.which("erlc") or "erlc"))
config.substitutions.append(("%erl", shutil.which("erl") or "erl"))
config.substitutions.append(("%otp-root", "/usr/lib/erlang"))
config.substitutions.append(("%utils", utils))
# `%same-as-erl [OPTIONS] BEAMR_JIT ARGS`: %vs-erl with options of its own
# (--stdin, --print).
config.substitutions.append(("%same-as-erl", "python3 " + os.path.join(utils, "same-as-erl") + " --erl "
                             + (shutil.which("erl") or "erl")))
# `%vs-erl ARGS`: the same command line on erl and beamr-jit must print the
# same stdout and stderr and exit alike (utils/same-as-erl).
config.substitutions.append(("%vs-erl", "python3 " + os.path.join(utils, "same-as-erl") + " --erl "
                             + (shutil.which("erl") or "erl") + " "
                             + os.path.join(config.beamr_tools_dir, "beamr-jit")))
