//===- tools/beamr-opt/beamr-opt.cpp - Print each stage of loading --------===//
///
/// \file
/// `beamr-opt [-emit=beam|none] FILE.beam...` loads each file and prints the
/// decoded module (`-emit=beam`, the default) or only checks it
/// (`-emit=none`, which ends with a "loaded N files, M failures" line).
/// File lists can come from a response file (`@list`). A file that fails to
/// load prints `beamr-opt: error: FILE: <why>`; the exit status is 1 if any
/// file failed.
//===----------------------------------------------------------------------===//

#include "beamr/Loader/BeamPrinter.h"
#include "beamr/Loader/BeamReader.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/WithColor.h"

using namespace beamr;
namespace cl = llvm::cl;

namespace {

enum class EmitKind { Beam, None };

cl::OptionCategory Category("beamr-opt options");
cl::opt<EmitKind> Emit(
    "emit", cl::desc("What to print for each file"), cl::init(EmitKind::Beam), cl::cat(Category),
    cl::values(clEnumValN(EmitKind::Beam, "beam", "the decoded module, like erlc -S (default)"),
               clEnumValN(EmitKind::None, "none", "nothing: load and check only, then a summary")));
cl::list<std::string> Inputs(cl::Positional, cl::OneOrMore, cl::desc("<file.beam>..."),
                             cl::cat(Category));

bool processFile(const std::string &Path) {
  auto M = readBeamFile(Path);
  if (!M) {
    llvm::WithColor::error(llvm::errs(), "beamr-opt")
        << Path << ": " << llvm::toString(M.takeError()) << '\n';
    return false;
  }
  if (Emit == EmitKind::Beam)
    printBeamModule(llvm::outs(), **M);
  return true;
}

} // namespace

int main(int Argc, char **Argv) {
  cl::HideUnrelatedOptions(Category);
  cl::ParseCommandLineOptions(Argc, Argv, "beamr-opt: decode .beam files\n");
  unsigned Failures = 0;
  for (const std::string &Path : Inputs)
    Failures += !processFile(Path);
  if (Emit == EmitKind::None)
    llvm::outs() << "loaded " << Inputs.size() << " files, " << Failures << " failures\n";
  return Failures ? 1 : 0;
}
