//===- tools/beamr-jit/beamr-jit.cpp - Run Erlang and Gleam programs ------===//
///
/// \file
/// The runner. It reads erl's command line; executing code needs the
/// interpreter, which does not exist yet, so for now it checks its arguments
/// and says plainly that it cannot run them (exit status 1).
//===----------------------------------------------------------------------===//
#include "llvm/ADT/Twine.h"
#include "llvm/Support/raw_ostream.h"

#include <string_view>

static int fail(const llvm::Twine &Message) {
  llvm::errs() << "beamr-jit: error: " << Message << "\n";
  return 1;
}

int main(int Argc, char **Argv) {
  for (int I = 1; I < Argc; ++I) {
    std::string_view Arg = Argv[I];
    if (Arg == "-noshell")
      continue;
    if (Arg == "-pa" || Arg == "-pz" || Arg == "-eval") {
      if (I + 1 == Argc)
        return fail("missing argument after '" + llvm::Twine(Argv[I]) + "'");
      ++I;
      continue;
    }
    return fail("unknown option '" + llvm::Twine(Argv[I]) + "'");
  }
  return fail("running Erlang code needs the interpreter, which is not built yet");
}
