//===- lib/Runtime/Export.cpp - The export table and BIF registration -----===//
///
/// \file
/// Export entries live in a deque (never moved) indexed by {M, F, A}. Any
/// thread may look entries up (a shared lock: `apply`, `erlang:make_fun/3`,
/// loading) or add them (the exclusive lock). An entry's `Code` is atomic;
/// its `Bif` is written only at start-up, before schedulers run.
//===----------------------------------------------------------------------===//
#include "beamr/Runtime/Export.h"

#include <deque>
#include <string_view>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>

using namespace beamr;

namespace {
struct ExportKey {
  Word Module, Function;
  unsigned Arity;
  bool operator==(const ExportKey &O) const {
    return Module == O.Module && Function == O.Function && Arity == O.Arity;
  }
};
struct ExportKeyHash {
  std::size_t operator()(const ExportKey &K) const {
    return std::hash<Word>()(K.Module * 31 + K.Function * 7 + K.Arity);
  }
};
} // namespace

struct ExportTable::Impl {
  std::shared_mutex Lock; ///< Guards Entries and Index.
  std::deque<Export> Entries;
  std::unordered_map<ExportKey, Export *, ExportKeyHash> Index;
};

ExportTable::ExportTable() : I(new Impl) {}

ExportTable &ExportTable::get() {
  static ExportTable Table;
  return Table;
}

Export &ExportTable::entry(Term Module, Term Function, unsigned Arity) {
  if (Export *E = find(Module, Function, Arity))
    return *E;
  std::unique_lock<std::shared_mutex> G(I->Lock);
  ExportKey Key{Module.raw(), Function.raw(), Arity};
  if (auto It = I->Index.find(Key); It != I->Index.end())
    return *It->second;
  Export &E = I->Entries.emplace_back();
  E.Module = Module;
  E.Function = Function;
  E.Arity = Arity;
  I->Index.emplace(Key, &E);
  return E;
}

Export *ExportTable::find(Term Module, Term Function, unsigned Arity) {
  std::shared_lock<std::shared_mutex> G(I->Lock);
  auto It = I->Index.find(ExportKey{Module.raw(), Function.raw(), Arity});
  return It == I->Index.end() ? nullptr : It->second;
}

// Every BIF's C function, declared from the one table.
namespace beamr::bifs {
#define BEAMR_BIF(Module, Name, Arity, Function) Term Function(Process &P, const Term *Args);
#include "beamr/Runtime/Bifs.def"
} // namespace beamr::bifs

void beamr::registerBifs() {
  static std::once_flag Once;
  std::call_once(Once, [] {
    struct Entry {
      const char *Module, *Name;
      unsigned Arity;
      BifFunction Function;
    };
    static const Entry Table[] = {
#define BEAMR_BIF(Module, Name, Arity, Function) {#Module, Name, Arity, bifs::Function},
#include "beamr/Runtime/Bifs.def"
        {nullptr, nullptr, 0, nullptr}};
    AtomTable &Atoms = AtomTable::get();
    for (const Entry &E : Table) {
      if (!E.Module)
        break;
      Export &X = ExportTable::get().entry(*Atoms.intern(E.Module), *Atoms.intern(E.Name), E.Arity);
      X.Bif = E.Function;
      std::string_view Module = E.Module, Name = E.Name;
      // Those that may block: the file system, external commands, writes
      // to a port's pipe.
      X.Dirty = Module == "prim_file" || (Module == "os" && Name == "cmd") ||
                (Module == "erlang" && (Name == "open_port" || Name == "port_command"));
    }
  });
}
