//===- lib/Runtime/BifMap.cpp - Map BIFs ----------------------------------===//
///
/// \file
/// `map_size`, `map_get`, `is_map_key`, the `maps` functions that maps.erl
/// leaves to the VM, and `erts_internal:map_next/3`, which maps:to_list/1 and
/// maps:next/1 are written on. Updates rebuild the map through `makeMap`,
/// which gives erl's shape for the resulting key set, so iteration orders stay
/// erl's.
//===----------------------------------------------------------------------===//
#include "BifSupport.h"

#include "beamr/Term/Compare.h"
#include "beamr/Term/Map.h"

using namespace beamr;

static Term badmap(Process &P, Term M) {
  return P.raiseErrorTuple(atomTerm(atoms::Badmap), M);
}
static Term badkey(Process &P, Term K) {
  return P.raiseErrorTuple(atomTerm(atoms::Badkey), K);
}

static std::vector<MapEntry> mapEntries(Term Map, MapOrder Order = MapOrder::ToList) {
  std::vector<MapEntry> Out;
  Out.reserve(mapSize(Map));
  MapIterator It(Map, Order);
  Term K, V;
  while (It.next(K, V))
    Out.emplace_back(K, V);
  return Out;
}

namespace beamr::bifs {

Term map_size_1(Process &P, const Term *Args) {
  return Args[0].isMap() ? makeUnsigned(P, mapSize(Args[0])) : badmap(P, Args[0]);
}

Term map_get_2(Process &P, const Term *Args) {
  if (!Args[1].isMap())
    return badmap(P, Args[1]);
  std::optional<Term> V = mapGet(Args[1], Args[0]);
  return V ? *V : badkey(P, Args[0]);
}

Term is_map_key_2(Process &P, const Term *Args) {
  if (!Args[1].isMap())
    return badmap(P, Args[1]);
  return boolTerm(mapGet(Args[1], Args[0]).has_value());
}

Term maps_find_2(Process &P, const Term *Args) {
  if (!Args[1].isMap())
    return badmap(P, Args[1]);
  std::optional<Term> V = mapGet(Args[1], Args[0]);
  return V ? makeTuple2(P, atomTerm(atoms::Ok), *V) : atomTerm(atoms::Error);
}

Term maps_get_2(Process &P, const Term *Args) { return map_get_2(P, Args); }
Term maps_is_key_2(Process &P, const Term *Args) { return is_map_key_2(P, Args); }

Term maps_from_list_1(Process &P, const Term *Args) {
  std::optional<std::vector<Term>> Pairs = listElements(Args[0]);
  if (!Pairs)
    return P.badarg();
  std::vector<MapEntry> Entries;
  Entries.reserve(Pairs->size());
  for (Term Pair : *Pairs) {
    if (!Pair.isTuple() || Pair.tupleArity() != 2)
      return P.badarg();
    Entries.emplace_back(Pair.tupleElement(0), Pair.tupleElement(1));
  }
  return makeMap(P, Entries);
}

Term maps_from_keys_2(Process &P, const Term *Args) {
  std::optional<std::vector<Term>> Keys = listElements(Args[0]);
  if (!Keys)
    return P.badarg();
  std::vector<MapEntry> Entries;
  Entries.reserve(Keys->size());
  for (Term K : *Keys)
    Entries.emplace_back(K, Args[1]);
  return makeMap(P, Entries);
}

Term maps_keys_1(Process &P, const Term *Args) {
  if (!Args[0].isMap())
    return badmap(P, Args[0]);
  std::vector<MapEntry> Entries = mapEntries(Args[0]);
  Term L = Term::nil();
  for (std::size_t I = Entries.size(); I-- > 0;)
    L = makeCons(P, Entries[I].first, L);
  return L;
}

Term maps_values_1(Process &P, const Term *Args) {
  if (!Args[0].isMap())
    return badmap(P, Args[0]);
  std::vector<MapEntry> Entries = mapEntries(Args[0]);
  Term L = Term::nil();
  for (std::size_t I = Entries.size(); I-- > 0;)
    L = makeCons(P, Entries[I].second, L);
  return L;
}

Term maps_merge_2(Process &P, const Term *Args) {
  if (!Args[0].isMap())
    return badmap(P, Args[0]);
  if (!Args[1].isMap())
    return badmap(P, Args[1]);
  if (mapSize(Args[1]) == 0)
    return Args[0];
  if (mapSize(Args[0]) == 0)
    return Args[1];
  std::vector<MapEntry> Entries = mapEntries(Args[0]);
  std::vector<MapEntry> More = mapEntries(Args[1]);
  Entries.insert(Entries.end(), More.begin(), More.end());
  return makeMap(P, Entries);
}

Term maps_put_3(Process &P, const Term *Args) {
  Term K = Args[0], V = Args[1], M = Args[2];
  if (!M.isMap())
    return badmap(P, M);
  std::optional<Term> Old = mapGet(M, K);
  if (Old && exactEqualTerms(*Old, V))
    return M;
  return mapPut(P, M, K, V);
}

Term maps_update_3(Process &P, const Term *Args) {
  if (!Args[2].isMap())
    return badmap(P, Args[2]);
  if (!mapGet(Args[2], Args[0]))
    return badkey(P, Args[0]);
  return maps_put_3(P, Args);
}

Term maps_remove_2(Process &P, const Term *Args) {
  if (!Args[1].isMap())
    return badmap(P, Args[1]);
  std::optional<Term> R = mapRemove(P, Args[1], Args[0]);
  return R ? *R : Args[1];
}

Term maps_take_2(Process &P, const Term *Args) {
  if (!Args[1].isMap())
    return badmap(P, Args[1]);
  std::optional<Term> V = mapGet(Args[1], Args[0]);
  if (!V)
    return atomTerm(atoms::Error);
  return makeTuple2(P, *V, *mapRemove(P, Args[1], Args[0]));
}

/// erts_internal:map_next(Path, Map, Acc): the entries after the first
/// `Path` ones, all in one answer. With `Acc` a list, `[{K, V}, ... | Acc]`
/// in maps:to_list order; with `iterator`, `{K1, V1, {K2, V2, ... none}}` in
/// maps:next order. erl returns chunks and a continuation `[Path, Map | Acc]`;
/// maps.erl accepts an answer without one, so one chunk is enough.
Term erts_internal_map_next_3(Process &P, const Term *Args) {
  Term Path = Args[0], Map = Args[1], Acc = Args[2];
  bool Iterator = Acc == atomTerm(atoms::Iterator);
  if (!Map.isMap() || (!Iterator && !Acc.isList()) || !Path.isSmall() || Path.smallValue() < 0)
    return P.badarg();
  Word Skip = Word(Path.smallValue());
  if (Skip > mapSize(Map))
    return P.badarg();
  std::vector<MapEntry> Entries =
      mapEntries(Map, Iterator ? MapOrder::Iterator : MapOrder::ToList);
  Term Result = Iterator ? internAtom("none") : Acc;
  for (std::size_t I = Entries.size(); I-- > Skip;) {
    auto [K, V] = Entries[I];
    Result = Iterator ? makeTuple3(P, K, V, Result) : makeCons(P, makeTuple2(P, K, V), Result);
  }
  return Result;
}

} // namespace beamr::bifs
