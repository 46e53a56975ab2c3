//===- beamr/Term/Build.h - Constructing and reading boxed terms -*- C++ -*-===//
///
/// \file
/// The one place that knows each boxed object's payload layout: builders that
/// allocate through a `TermAllocator`, and views that read the objects back.
/// Everything else (ETF, printing, comparison, the loader, later the tiers)
/// goes through these.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_TERM_BUILD_H
#define BEAMR_TERM_BUILD_H

#include "beamr/Term/Heap.h"

#include <span>
#include <string_view>

namespace beamr {

Term makeTuple(TermAllocator &A, std::span<const Term> Elements);
/// Allocates a tuple of `Arity` elements for the caller to fill (all nil).
Word *allocateTuple(TermAllocator &A, Word Arity);
Term makeCons(TermAllocator &A, Term Head, Term Tail);
/// Builds `[E0, E1, ... | Tail]`.
Term makeList(TermAllocator &A, std::span<const Term> Elements, Term Tail = Term::nil());
/// Builds the list of the bytes of `Text` (an Erlang string).
Term makeByteList(TermAllocator &A, std::string_view Text);
Term makeFloat(TermAllocator &A, double D);

/// A small integer when it fits, else a bignum.
Term makeInteger(TermAllocator &A, SWord V);
Term makeUnsigned(TermAllocator &A, Word V);
/// The integer with magnitude `Limbs` (little-endian, leading zeros allowed)
/// and the given sign, normalised: small when it fits, no leading zero limbs.
Term makeInteger(TermAllocator &A, bool Negative, std::span<const Word> Limbs);
bool bignumIsNegative(Term Big);
std::span<const Word> bignumLimbs(Term Big);

/// A binary holding `Bytes` (heap binary up to `HeapBinaryLimit` bytes, refc
/// beyond). Aborts if the C heap is exhausted, as erl does.
Term makeBinary(TermAllocator &A, std::span<const unsigned char> Bytes);
/// A bitstring of `BitSize` bits taken from the start of `Bytes`.
Term makeBitstring(TermAllocator &A, std::span<const unsigned char> Bytes, Word BitSize);

/// `<<Bin/binary, Extra/binary>>` for a binary `Bin` (whole bytes): a refc
/// binary with spare room. When `Bin` is the latest version of such a binary
/// and the room suffices, the bytes are added in place and the result shares
/// `Bin`'s storage (amortised O(1) appends, as erl's writable binaries);
/// otherwise the bytes are copied into new storage twice the size.
Term appendToBinary(TermAllocator &A, Term Bin, std::span<const unsigned char> Extra);
/// The `BitSize` bits of bitstring `Bits` starting at bit `BitOffset`,
/// sharing its storage (a sub binary; small results are copied).
Term subBitstring(TermAllocator &A, Term Bits, Word BitOffset, Word BitSize);

/// Where the bits of a bitstring term are.
struct BitstringView {
  const unsigned char *Base; ///< Bytes of the underlying binary.
  Word BitOffset;            ///< First bit, counted from the MSB of Base[0].
  Word BitSize;
  bool isBinary() const { return BitSize % 8 == 0; }
  bool isByteAligned() const { return BitOffset % 8 == 0; }
  /// The `I`-th byte of the bitstring (bits beyond the end read as zero).
  unsigned char byteAt(Word I) const;
};
BitstringView viewBitstring(Term Bits);

Term makeExportFun(TermAllocator &A, Term Module, Term Function, Term Arity);
/// Builds a closure; `Fixed` gives every field but `NumFree`, taken from
/// `FreeVars`.
Term makeFun(TermAllocator &A, const FunObject &Fixed, std::span<const Term> FreeVars);
const FunObject &viewFun(Term Fun);

/// Pids, ports and references of other nodes, and local references.
struct NodeIds {
  Term Node;            ///< Atom.
  std::uint32_t Creation;
  std::span<const Word> Ids; ///< Pid: number, serial. Port: number. Ref: ids.
};
Term makeLocalRef(TermAllocator &A, std::span<const Word> Ids);
std::span<const Word> localRefIds(Term Ref);
Term makeExternal(TermAllocator &A, HeaderKind Kind, const NodeIds &Ids);
NodeIds viewExternal(Term External);

} // namespace beamr

#endif // BEAMR_TERM_BUILD_H
