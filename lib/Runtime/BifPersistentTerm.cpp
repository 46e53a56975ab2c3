//===- lib/Runtime/BifPersistentTerm.cpp - persistent_term ----------------===//
///
/// \file
/// `persistent_term:put/2, get/1,2, get/0, erase/1, info/0`. Keys and values
/// are copied (through the external format, as before) into one arena
/// outside every process heap; `get` hands out the stored term itself, which
/// processes treat as a literal (their collector never moves or frees it).
///
/// Threads. Any scheduler thread may call these at once. The table is read
/// under a shared lock and changed under the exclusive one. A value that
/// `put` replaces or `erase` removes may still be referenced from a heap or
/// a register of a process running on another thread, so it is never freed:
/// erl keeps a replaced literal area until no process can reference it; here
/// the arena only grows (persistent_term is meant for values written rarely,
/// and erl's own docs warn that replacing them is expensive).
//===----------------------------------------------------------------------===//
#include "BifSupport.h"

#include "beamr/Runtime/Process.h"
#include "beamr/Term/Compare.h"
#include "beamr/Term/ExternalTerm.h"
#include "beamr/Term/Hash.h"
#include "beamr/Term/Map.h"

#include <algorithm>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>
#include <vector>

using namespace beamr;

namespace {

struct Entry {
  Term Key, Value;   ///< Both in the arena.
  std::size_t Bytes; ///< External size of both, for info/0.
};

/// Every stored term; any thread, under `Lock`.
struct PersistentTable {
  std::shared_mutex Lock;
  TermArena Arena; ///< Written under the exclusive lock; never freed.
  /// Key hash (phash2) to entries; entries are owned by `Order`.
  std::unordered_multimap<std::uint32_t, Entry *> ByHash;
  std::vector<std::unique_ptr<Entry>> Order; ///< Oldest first, for get/0.

  static PersistentTable &get() {
    // Never destroyed: a thread may still read a value during exit.
    static PersistentTable *T = new PersistentTable;
    return *T;
  }
  /// The entry for `Key`; the caller holds `Lock` (either side).
  Entry *find(Term Key, std::uint32_t Hash) {
    auto [It, End] = ByHash.equal_range(Hash);
    for (; It != End; ++It)
      if (exactEqualTerms(It->second->Key, Key))
        return It->second;
    return nullptr;
  }
};

/// The stored term for `Key`, or NoValue.
Term lookup(Term Key) {
  PersistentTable &T = PersistentTable::get();
  std::uint32_t Hash = phash2(Key);
  std::shared_lock<std::shared_mutex> G(T.Lock);
  Entry *E = T.find(Key, Hash);
  return E ? E->Value : NoValue;
}

} // namespace

namespace beamr::bifs {

Term persistent_term_get_1(Process &P, const Term *Args) {
  Term V = lookup(Args[0]);
  return V == NoValue ? P.badarg() : V;
}

Term persistent_term_get_2(Process &, const Term *Args) {
  Term V = lookup(Args[0]);
  return V == NoValue ? Args[1] : V;
}

Term persistent_term_put_2(Process &, const Term *Args) {
  // Encode outside the lock; only the copy into the arena needs it.
  std::vector<unsigned char> KeyBytes = encodeExternal(Args[0]);
  std::vector<unsigned char> ValueBytes = encodeExternal(Args[1]);
  PersistentTable &T = PersistentTable::get();
  std::uint32_t Hash = phash2(Args[0]);
  std::unique_lock<std::shared_mutex> G(T.Lock);
  Term Value = *decodeExternal(T.Arena, ValueBytes);
  if (Entry *E = T.find(Args[0], Hash)) {
    E->Value = Value; // The old value stays in the arena (see the top).
    E->Bytes = KeyBytes.size() + ValueBytes.size();
    return atomTerm(atoms::Ok);
  }
  auto E = std::make_unique<Entry>(
      Entry{*decodeExternal(T.Arena, KeyBytes), Value, KeyBytes.size() + ValueBytes.size()});
  T.ByHash.emplace(Hash, E.get());
  T.Order.push_back(std::move(E));
  return atomTerm(atoms::Ok);
}

Term persistent_term_erase_1(Process &, const Term *Args) {
  PersistentTable &T = PersistentTable::get();
  std::uint32_t Hash = phash2(Args[0]);
  std::unique_lock<std::shared_mutex> G(T.Lock);
  auto [It, End] = T.ByHash.equal_range(Hash);
  for (; It != End; ++It) {
    Entry *E = It->second;
    if (!exactEqualTerms(E->Key, Args[0]))
      continue;
    T.ByHash.erase(It);
    // The entry goes; its key and value stay in the arena.
    T.Order.erase(std::find_if(T.Order.begin(), T.Order.end(),
                               [E](const std::unique_ptr<Entry> &O) { return O.get() == E; }));
    return atomTerm(atoms::True);
  }
  return atomTerm(atoms::False);
}

/// persistent_term:get/0: every `{Key, Value}`, oldest first.
Term persistent_term_get_0(Process &P, const Term *) {
  std::vector<std::pair<Term, Term>> Pairs;
  {
    PersistentTable &T = PersistentTable::get();
    std::shared_lock<std::shared_mutex> G(T.Lock);
    for (const auto &E : T.Order)
      Pairs.emplace_back(E->Key, E->Value);
  }
  std::vector<Term> Items;
  for (auto [K, V] : Pairs)
    Items.push_back(makeTuple2(P, K, V));
  return makeList(P, Items);
}

/// persistent_term:info/0: `#{count => N, memory => Bytes}`, the bytes being
/// the stored terms' external sizes (erl counts its own heap words).
Term persistent_term_info_0(Process &P, const Term *) {
  std::size_t Count = 0, Bytes = 0;
  {
    PersistentTable &T = PersistentTable::get();
    std::shared_lock<std::shared_mutex> G(T.Lock);
    Count = T.Order.size();
    for (const auto &E : T.Order)
      Bytes += E->Bytes;
  }
  MapEntry Entries[] = {{internAtom("count"), makeUnsigned(P, Count)},
                        {internAtom("memory"), makeUnsigned(P, Bytes)}};
  return makeMap(P, Entries);
}

} // namespace beamr::bifs
