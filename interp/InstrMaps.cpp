//===- interp/InstrMaps.cpp - Map instructions ----------------------------===//
///
/// \file
/// `put_map_assoc`, `put_map_exact`, `get_map_elements`, `has_map_fields`.
/// Updates go through `mapPut`, which shapes the map as erl does.
//===----------------------------------------------------------------------===//
#include "InterpAtoms.h"
#include "InterpHelpers.h"

#include "beamr/Term/Map.h"

#include <vector>

using namespace beamr;
using namespace beamr::interp;

Term beamr::interp::putMap(Process &P, Term Map, const Word *Pairs, unsigned N, bool Exact) {
  if (!Map.isMap())
    return P.raiseErrorTuple(atomTerm(atoms::Badmap), Map);
  if (Exact)
    for (unsigned I = 0; I < N; I += 2) {
      Term Key = readSource(P, Pairs[I]);
      if (!mapGet(Map, Key))
        return P.raiseErrorTuple(atomTerm(atoms::Badkey), Key);
    }
  // One put at a time: flat maps share their keys tuple when no key is new,
  // hash maps share every subtrie the keys do not touch.
  Term R = Map;
  for (unsigned I = 0; I < N; I += 2)
    R = mapPut(P, R, readSource(P, Pairs[I]), readSource(P, Pairs[I + 1]));
  return R;
}

bool beamr::interp::getMapElements(Process &P, Term Map, const Word *Pairs, unsigned N) {
  Word Values[256]; // Raw words: a Term array would be initialised every call.
  for (unsigned I = 0; I < N; I += 2) {
    auto V = mapGet(Map, readSource(P, Pairs[I]));
    if (!V)
      return false;
    Values[I / 2] = V->raw();
  }
  for (unsigned I = 0; I < N; I += 2)
    destination(P, Pairs[I + 1]) = Term::fromRaw(Values[I / 2]);
  return true;
}

bool beamr::interp::hasMapFields(Process &P, Term Map, const Word *Keys, unsigned N) {
  for (unsigned I = 0; I < N; ++I)
    if (!mapGet(Map, readSource(P, Keys[I])))
      return false;
  return true;
}
