//===- beamr/Term/Hash.h - Term hashing, bit-identical to erl ---*- C++ -*-===//
///
/// \file
/// `erlang:phash2/1,2` and the internal hash that places keys in hash maps.
/// Both give exactly the values erl gives, so that programs printing hashes
/// or iterating large maps behave as on erl.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_TERM_HASH_H
#define BEAMR_TERM_HASH_H

#include "beamr/Term/Term.h"

namespace beamr {

/// `erlang:phash2(T)`: a value in 0..2^27-1.
std::uint32_t phash2(Term T);
/// `erlang:phash2(T, Range)` for 1 <= Range <= 2^32.
std::uint32_t phash2(Term T, std::uint64_t Range);
/// erl's original term hash, behind the deprecated `erlang:phash/2`.
std::uint32_t legacyHash(Term T);
/// The hash erl's hash maps use to place `Key` at depth `Salt` (erl's
/// internal hash; its salt changes every 8 levels).
std::uint32_t mapKeyHash(Term Key, std::uint32_t Salt);
/// The hash erl's ETS hash tables place `Key` by: an atom's atom-table hash
/// (its text's), any other term's internal hash (`mapKeyHash(Key, 0)`).
std::uint32_t etsKeyHash(Term Key);

} // namespace beamr

#endif // BEAMR_TERM_HASH_H
