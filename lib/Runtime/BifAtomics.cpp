//===- lib/Runtime/BifAtomics.cpp - atomics and counters ------------------===//
///
/// \file
/// The native half of OTP's `atomics` and `counters` modules: arrays of
/// 64-bit atomic integers shared by every process that holds the reference.
/// `atomics` arrays are signed or unsigned and wrap around on overflow;
/// `counters` (`write_concurrency` ones through erts_internal, `atomics`
/// ones through atomics:*) are signed arrays of the same kind.
///
/// An array is named by a reference, as erl's magic references are. erl
/// frees the array when the last reference is garbage collected; here the
/// arrays live until the program exits (beamr-jit has no magic references
/// yet, docs/Runtime.md).
//===----------------------------------------------------------------------===//
#include "BifSupport.h"

#include "beamr/Runtime/Process.h"
#include "beamr/Runtime/ProcessTable.h"
#include "beamr/Term/Map.h"

#include <atomic>
#include <limits>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>

using namespace beamr;

namespace {

struct AtomicsArray {
  bool Signed;
  std::size_t Size;
  std::unique_ptr<std::atomic<std::uint64_t>[]> Values;
  AtomicsArray(bool Signed, std::size_t Size)
      : Signed(Signed), Size(Size), Values(new std::atomic<std::uint64_t>[Size]) {
    for (std::size_t I = 0; I < Size; ++I)
      Values[I].store(0, std::memory_order_relaxed);
  }
};

/// Every array, by the ids of the reference that names it. Any thread: every
/// operation finds its array under the shared lock, atomics_new adds under
/// the exclusive one; the slots themselves are std::atomic, so the
/// operations on them need no lock.
struct AtomicsRegistry {
  std::shared_mutex Lock;
  std::unordered_map<RefIds, std::shared_ptr<AtomicsArray>, RefIdsHash> Arrays;
  static AtomicsRegistry &get() {
    static AtomicsRegistry *R = new AtomicsRegistry;
    return *R;
  }
};

/// erl's largest array: the arity must fit in a machine word of atomics.
constexpr Word MaxArity = Word(1) << 40;

Term newArray(Process &P, Term Arity, bool Signed) {
  if (!Arity.isSmall() || Arity.smallValue() < 1 || Word(Arity.smallValue()) > MaxArity)
    return P.badarg();
  RefIds Ids = nextRefIds();
  auto A = std::make_shared<AtomicsArray>(Signed, std::size_t(Arity.smallValue()));
  AtomicsRegistry &R = AtomicsRegistry::get();
  std::unique_lock<std::shared_mutex> G(R.Lock);
  R.Arrays[Ids] = std::move(A);
  return makeLocalRef(P, Ids);
}

std::shared_ptr<AtomicsArray> arrayOf(Term Ref) {
  std::optional<RefIds> Ids = refIdsOf(Ref);
  if (!Ids)
    return nullptr;
  AtomicsRegistry &R = AtomicsRegistry::get();
  std::shared_lock<std::shared_mutex> G(R.Lock);
  auto It = R.Arrays.find(*Ids);
  return It == R.Arrays.end() ? nullptr : It->second;
}

/// The slot `Ix` (1-based) of the array `Ref`, or null (badarg).
std::atomic<std::uint64_t> *slotOf(Term Ref, Term Ix, std::shared_ptr<AtomicsArray> &A) {
  A = arrayOf(Ref);
  if (!A || !Ix.isSmall() || Ix.smallValue() < 1 || std::size_t(Ix.smallValue()) > A->Size)
    return nullptr;
  return &A->Values[std::size_t(Ix.smallValue() - 1)];
}

/// An integer in -2^63 .. 2^64-1 as its 64-bit two's complement pattern.
std::optional<std::uint64_t> bitsOf(Term V) {
  if (V.isSmall())
    return std::uint64_t(V.smallValue());
  if (!V.isBignum())
    return std::nullopt;
  std::span<const Word> Limbs = bignumLimbs(V);
  if (Limbs.size() != 1)
    return std::nullopt;
  bool Negative = headerKind(V.boxedHeader()) == HeaderKind::NegBignum;
  if (Negative && Limbs[0] > Word(1) << 63)
    return std::nullopt;
  return Negative ? std::uint64_t(0) - Limbs[0] : Limbs[0];
}

/// A value that `A` can hold: within its signed or unsigned range.
std::optional<std::uint64_t> storableOf(const AtomicsArray &A, Term V) {
  std::optional<std::uint64_t> Bits = bitsOf(V);
  if (!Bits)
    return std::nullopt;
  bool Negative = V.isSmall() ? V.smallValue() < 0
                              : headerKind(V.boxedHeader()) == HeaderKind::NegBignum;
  if (A.Signed && !Negative && *Bits > std::uint64_t(std::numeric_limits<std::int64_t>::max()))
    return std::nullopt;
  if (!A.Signed && Negative)
    return std::nullopt;
  return Bits;
}

Term valueTerm(Process &P, const AtomicsArray &A, std::uint64_t Bits) {
  return A.Signed ? makeInteger(P, SWord(std::int64_t(Bits))) : makeUnsigned(P, Bits);
}

/// `#{size, max, min, memory}` as atomics:info/1 answers (counters omit
/// max and min).
Term infoMap(Process &P, const AtomicsArray &A, bool Limits) {
  std::vector<MapEntry> E{{internAtom("size"), makeUnsigned(P, A.Size)},
                          {internAtom("memory"), makeUnsigned(P, 40 + 8 * A.Size)}};
  if (Limits) {
    E.push_back({internAtom("max"), A.Signed ? makeInteger(P, std::numeric_limits<std::int64_t>::max())
                                             : makeUnsigned(P, std::numeric_limits<std::uint64_t>::max())});
    E.push_back({internAtom("min"), A.Signed ? makeInteger(P, std::numeric_limits<std::int64_t>::min())
                                             : Term::small(0)});
  }
  return makeMap(P, E);
}

/// add/add_get on slot `Ix`: the new value, or NoValue after badarg.
Term addTo(Process &P, const Term *Args, bool ReturnNew) {
  std::shared_ptr<AtomicsArray> A;
  std::atomic<std::uint64_t> *Slot = slotOf(Args[0], Args[1], A);
  std::optional<std::uint64_t> Incr = Slot ? bitsOf(Args[2]) : std::nullopt;
  if (!Incr)
    return P.badarg();
  std::uint64_t New = Slot->fetch_add(*Incr) + *Incr;
  return ReturnNew ? valueTerm(P, *A, New) : atomTerm(atoms::Ok);
}

} // namespace

namespace beamr::bifs {

/// erts_internal:atomics_new(Arity, EncodedOpts): bit 0 of the options is
/// `{signed, true}` (atomics.erl encodes them).
Term erts_internal_atomics_new_2(Process &P, const Term *Args) {
  if (!Args[1].isSmall())
    return P.badarg();
  return newArray(P, Args[0], (Args[1].smallValue() & 1) != 0);
}

Term atomics_put_3(Process &P, const Term *Args) {
  std::shared_ptr<AtomicsArray> A;
  std::atomic<std::uint64_t> *Slot = slotOf(Args[0], Args[1], A);
  std::optional<std::uint64_t> V = Slot ? storableOf(*A, Args[2]) : std::nullopt;
  if (!V)
    return P.badarg();
  Slot->store(*V);
  return atomTerm(atoms::Ok);
}

Term atomics_get_2(Process &P, const Term *Args) {
  std::shared_ptr<AtomicsArray> A;
  std::atomic<std::uint64_t> *Slot = slotOf(Args[0], Args[1], A);
  if (!Slot)
    return P.badarg();
  return valueTerm(P, *A, Slot->load());
}

Term atomics_add_3(Process &P, const Term *Args) { return addTo(P, Args, false); }
Term atomics_add_get_3(Process &P, const Term *Args) { return addTo(P, Args, true); }

Term atomics_exchange_3(Process &P, const Term *Args) {
  std::shared_ptr<AtomicsArray> A;
  std::atomic<std::uint64_t> *Slot = slotOf(Args[0], Args[1], A);
  std::optional<std::uint64_t> V = Slot ? storableOf(*A, Args[2]) : std::nullopt;
  if (!V)
    return P.badarg();
  return valueTerm(P, *A, Slot->exchange(*V));
}

/// compare_exchange/4: `ok` when the slot held `Expected`, else its value.
Term atomics_compare_exchange_4(Process &P, const Term *Args) {
  std::shared_ptr<AtomicsArray> A;
  std::atomic<std::uint64_t> *Slot = slotOf(Args[0], Args[1], A);
  std::optional<std::uint64_t> Expected = Slot ? storableOf(*A, Args[2]) : std::nullopt;
  std::optional<std::uint64_t> Desired = Slot ? storableOf(*A, Args[3]) : std::nullopt;
  if (!Expected || !Desired)
    return P.badarg();
  std::uint64_t Seen = *Expected;
  if (Slot->compare_exchange_strong(Seen, *Desired))
    return atomTerm(atoms::Ok);
  return valueTerm(P, *A, Seen);
}

Term atomics_info_1(Process &P, const Term *Args) {
  std::shared_ptr<AtomicsArray> A = arrayOf(Args[0]);
  return A ? infoMap(P, *A, true) : P.badarg();
}

Term erts_internal_counters_new_1(Process &P, const Term *Args) {
  return newArray(P, Args[0], true);
}
Term erts_internal_counters_get_2(Process &P, const Term *Args) { return atomics_get_2(P, Args); }
Term erts_internal_counters_add_3(Process &P, const Term *Args) { return addTo(P, Args, false); }
Term erts_internal_counters_put_3(Process &P, const Term *Args) { return atomics_put_3(P, Args); }
Term erts_internal_counters_info_1(Process &P, const Term *Args) {
  std::shared_ptr<AtomicsArray> A = arrayOf(Args[0]);
  return A ? infoMap(P, *A, false) : P.badarg();
}

} // namespace beamr::bifs
