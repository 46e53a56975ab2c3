//===- beamr/Term/Map.h - Flat maps and hash-array-mapped maps --*- C++ -*-===//
///
/// \file
/// Maps of up to `FlatMapLimit` keys are flat: a sorted keys tuple (in
/// `compareTermsExact` order) and the values beside it. Larger maps are hash
/// array mapped tries keyed by `mapKeyHash`, with the same shape erl builds,
/// so iteration orders (`maps:to_list`, `term_to_binary`, `maps:next`) are
/// erl's.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_TERM_MAP_H
#define BEAMR_TERM_MAP_H

#include "beamr/Term/Heap.h"

#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace beamr {

using MapEntry = std::pair<Term, Term>;

/// Builds a map from `Entries`; for keys that are `=:=`, the last one wins
/// (as `maps:from_list/1`).
Term makeMap(TermAllocator &A, std::span<const MapEntry> Entries);
std::size_t mapSize(Term Map);
/// `Map` with `Key` associated to `Value` (added or replaced), shaped as
/// `makeMap` would shape it. Costs O(size) for a flat map (whose keys tuple
/// is shared when `Key` is present) and O(log size) for a hash map, whose
/// untouched subtries are shared.
Term mapPut(TermAllocator &A, Term Map, Term Key, Term Value);
/// `Map` without the key `=:=` to `Key`, shaped as erl shapes it (a hash map
/// shrinking to `FlatMapLimit` keys becomes flat; trie nodes left with one
/// leaf give it to their parent), or nothing when `Key` is absent. O(size)
/// for a flat map, O(log size) for a hash map.
std::optional<Term> mapRemove(TermAllocator &A, Term Map, Term Key);
/// The value under a key `=:=` to `Key`, if any.
std::optional<Term> mapGet(Term Map, Term Key);

/// The two orders in which erl walks a map. They differ only for hash maps,
/// where one is the reverse of the other; flat maps always come in key order.
enum class MapOrder {
  /// `maps:to_list/1`, `maps:keys/1`, `term_to_binary/1`: the trie's leaves
  /// from the last slot to the first.
  ToList,
  /// `maps:iterator/1` + `maps:next/1`, and so `io_lib:format("~w")`: the
  /// trie's leaves from the first slot to the last.
  Iterator,
};

/// Walks a map's entries in one of erl's orders.
class MapIterator {
public:
  explicit MapIterator(Term Map, MapOrder Order = MapOrder::ToList);
  /// Stores the next entry and returns true, or returns false at the end.
  bool next(Term &Key, Term &Value);

private:
  Term Flat; // Non-nil when iterating a flat map.
  std::size_t FlatIndex = 0;
  bool Reverse = true;     // Hash maps: visit children from the last slot.
  std::vector<Term> Stack; // Pending hash map children, next on top.
};

} // namespace beamr

#endif // BEAMR_TERM_MAP_H
