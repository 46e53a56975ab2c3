//===- lib/Runtime/EtsMatchSpec.cpp - ETS match specifications ------------===//
///
/// \file
/// Matching an object against a match specification's head and evaluating
/// its guards and body. Guard functions other than the boolean operators and
/// comparisons are the erlang BIFs of that name, run on a scratch process.
//===----------------------------------------------------------------------===//
#include "EtsMatchSpec.h"
#include "BifSupport.h"

#include "beamr/Runtime/Copy.h"
#include "beamr/Runtime/Export.h"
#include "beamr/Runtime/Process.h"
#include "beamr/Term/Compare.h"
#include "beamr/Term/Map.h"

#include <algorithm>

using namespace beamr;

namespace {

struct MsAtoms {
  Term Underscore, Dollar_, DollarDollar, Const, Self, True, False;
  static const MsAtoms &get() {
    static const MsAtoms A{internAtom("_"),     internAtom("$_"),   internAtom("$$"),
                           internAtom("const"), internAtom("self"), internAtom("true"),
                           internAtom("false")};
    return A;
  }
};

/// `'$N'` as N (0..), or -1.
int variableNumber(Term T) {
  if (!T.isAtom())
    return -1;
  std::string_view N = AtomTable::get().name(T);
  if (N.size() < 2 || N[0] != '$')
    return -1;
  int V = 0;
  for (char C : N.substr(1)) {
    if (C < '0' || C > '9' || V > 100000)
      return -1;
    V = V * 10 + (C - '0');
  }
  return V;
}

struct Bindings {
  std::vector<Term> Values; ///< Index N: '$N' (NoValue: unbound).
  Term Object;
  Term Caller;
  Term &at(int N) {
    if (std::size_t(N) >= Values.size())
      Values.resize(std::size_t(N) + 1, NoValue);
    return Values[std::size_t(N)];
  }
};

bool matchPattern(Term Pat, Term Obj, Bindings &B) {
  const MsAtoms &A = MsAtoms::get();
  if (Pat == A.Underscore)
    return true;
  if (int N = variableNumber(Pat); N >= 0) {
    Term &Slot = B.at(N);
    if (Slot == NoValue) {
      Slot = Obj;
      return true;
    }
    return exactEqualTerms(Slot, Obj);
  }
  if (Pat.isTuple()) {
    if (!Obj.isTuple() || Obj.tupleArity() != Pat.tupleArity())
      return false;
    for (Word I = 0; I < Pat.tupleArity(); ++I)
      if (!matchPattern(Pat.tupleElement(I), Obj.tupleElement(I), B))
        return false;
    return true;
  }
  if (Pat.isCons()) {
    if (!Obj.isCons())
      return false;
    return matchPattern(Pat.head(), Obj.head(), B) && matchPattern(Pat.tail(), Obj.tail(), B);
  }
  if (Pat.isMap()) {
    if (!Obj.isMap())
      return false;
    MapIterator It(Pat);
    Term K, V;
    while (It.next(K, V)) {
      std::optional<Term> OV = mapGet(Obj, K);
      if (!OV || !matchPattern(V, *OV, B))
        return false;
    }
    return true;
  }
  return exactEqualTerms(Pat, Obj);
}

/// Evaluates a match-spec expression on `A` (an arena); NoValue when it
/// fails (a guard error, an unbound variable).
Term evalExpr(TermArena &Ar, Term E, Bindings &B);

Term boolT(bool V) { return V ? MsAtoms::get().True : MsAtoms::get().False; }

/// Calls a guard function by name through the BIF table.
Term callGuard(TermArena &Ar, std::string_view Name, std::vector<Term> &Args) {
  const MsAtoms &A = MsAtoms::get();
  if (Name == "andalso" || Name == "and") {
    for (Term V : Args)
      if (V != A.True) {
        if (V != A.False)
          return NoValue;
        return A.False;
      }
    return A.True;
  }
  if (Name == "orelse" || Name == "or") {
    for (Term V : Args)
      if (V == A.True)
        return A.True;
      else if (V != A.False)
        return NoValue;
    return A.False;
  }
  if (Args.size() == 2) {
    int C = compareTerms(Args[0], Args[1]);
    if (Name == ">")
      return boolT(C > 0);
    if (Name == "<")
      return boolT(C < 0);
    if (Name == ">=")
      return boolT(C >= 0);
    if (Name == "=<")
      return boolT(C <= 0);
    if (Name == "==")
      return boolT(C == 0);
    if (Name == "/=")
      return boolT(C != 0);
    if (Name == "=:=")
      return boolT(exactEqualTerms(Args[0], Args[1]));
    if (Name == "=/=")
      return boolT(!exactEqualTerms(Args[0], Args[1]));
  }
  if (Name == "not" && Args.size() == 1)
    return Args[0] == A.True ? A.False : Args[0] == A.False ? A.True : NoValue;
  // Everything else: the erlang BIF of that name (type tests, arithmetic,
  // element, hd, tl, length, size, abs, ...), run on a scratch process.
  std::optional<Term> Fn = AtomTable::get().lookup(Name);
  if (!Fn)
    return NoValue;
  Export *E = ExportTable::get().find(internAtom("erlang"), *Fn, unsigned(Args.size()));
  if (!E || !E->Bif)
    return NoValue;
  // A scratch process takes the result (and any error); it goes to the arena.
  Process Scratch;
  Term R = E->Bif(Scratch, Args.data());
  if (R == NoValue)
    return NoValue;
  return copyTerm(R, Ar);
}

Term evalExpr(TermArena &Ar, Term E, Bindings &B) {
  const MsAtoms &A = MsAtoms::get();
  if (E.isAtom()) {
    if (E == A.Dollar_)
      return B.Object;
    if (E == A.DollarDollar) {
      std::vector<Term> All;
      for (Term V : B.Values)
        if (V != NoValue)
          All.push_back(V);
      return makeList(Ar, All);
    }
    if (int N = variableNumber(E); N >= 0)
      return std::size_t(N) < B.Values.size() ? B.Values[std::size_t(N)] : NoValue;
    return E;
  }
  if (E.isTuple()) {
    Word N = E.tupleArity();
    if (N == 0)
      return E;
    Term First = E.tupleElement(0);
    if (N == 1 && First.isTuple()) { // {{...}}: build a tuple.
      std::vector<Term> Elems;
      for (Word I = 0; I < First.tupleArity(); ++I) {
        Term V = evalExpr(Ar, First.tupleElement(I), B);
        if (V == NoValue)
          return NoValue;
        Elems.push_back(V);
      }
      return makeTuple(Ar, Elems);
    }
    if (First == A.Const && N == 2)
      return E.tupleElement(1);
    if (First == A.Self && N == 1)
      return B.Caller; // NoValue (no caller) fails the clause.
    if (!First.isAtom())
      return NoValue;
    std::string_view Name = AtomTable::get().name(First);
    std::vector<Term> Args;
    bool Lazy = Name == "andalso" || Name == "orelse";
    for (Word I = 1; I < N; ++I) {
      Term V = evalExpr(Ar, E.tupleElement(I), B);
      if (V == NoValue)
        return NoValue;
      Args.push_back(V);
      if (Lazy && ((Name == "andalso" && V == A.False) || (Name == "orelse" && V == A.True)))
        return V;
    }
    return callGuard(Ar, Name, Args);
  }
  if (E.isCons()) {
    Term H = evalExpr(Ar, E.head(), B);
    Term T = evalExpr(Ar, E.tail(), B);
    if (H == NoValue || T == NoValue)
      return NoValue;
    return makeCons(Ar, H, T);
  }
  if (E.isMap()) {
    std::vector<MapEntry> Entries;
    MapIterator It(E);
    Term K, V;
    while (It.next(K, V)) {
      Term EK = evalExpr(Ar, K, B), EV = evalExpr(Ar, V, B);
      if (EK == NoValue || EV == NoValue)
        return NoValue;
      Entries.push_back({EK, EV});
    }
    return makeMap(Ar, Entries);
  }
  return E;
}

/// Whether a guard or body expression calls only functions a match spec
/// may call (erl refuses the spec with badarg otherwise).
/// The variables a head binds (`Bound[N]` for `'$N'`).
void collectVariables(Term Pat, std::vector<bool> &Bound) {
  if (int N = variableNumber(Pat); N >= 0) {
    if (std::size_t(N) >= Bound.size())
      Bound.resize(std::size_t(N) + 1);
    Bound[std::size_t(N)] = true;
  } else if (Pat.isTuple()) {
    for (Word I = 0; I < Pat.tupleArity(); ++I)
      collectVariables(Pat.tupleElement(I), Bound);
  } else if (Pat.isCons()) {
    collectVariables(Pat.head(), Bound);
    collectVariables(Pat.tail(), Bound);
  } else if (Pat.isMap()) {
    MapIterator It(Pat);
    Term K, V;
    while (It.next(K, V))
      collectVariables(V, Bound);
  }
}

/// Whether `E` is a guard or body expression erl accepts, every `'$N'` in
/// it bound by the head (`Bound`): an unbound one is a badarg, as erl's
/// "Variable '$N' is unbound".
bool isValidExpr(Term E, const std::vector<bool> &Bound) {
  static const std::string_view Special[] = {"andalso", "orelse", "and", "or", "not", ">",  "<",
                                             ">=",      "=<",     "==",  "/=", "=:=", "=/="};
  auto Valid = [&Bound](Term X) { return isValidExpr(X, Bound); };
  if (int N = variableNumber(E); N >= 0)
    return std::size_t(N) < Bound.size() && Bound[std::size_t(N)];
  if (E.isCons())
    return Valid(E.head()) && Valid(E.tail());
  if (E.isMap()) {
    MapIterator It(E);
    Term K, V;
    while (It.next(K, V))
      if (!Valid(K) || !Valid(V))
        return false;
    return true;
  }
  if (!E.isTuple() || E.tupleArity() == 0)
    return true;
  Term First = E.tupleElement(0);
  if (First == MsAtoms::get().Const && E.tupleArity() == 2)
    return true;
  Word From = 1;
  if (E.tupleArity() == 1 && First.isTuple()) { // {{...}}: check its elements.
    E = First;
    From = 0;
  } else if (!First.isAtom()) {
    return false;
  } else {
    std::string_view Name = AtomTable::get().name(First);
    bool Known = std::find(std::begin(Special), std::end(Special), Name) != std::end(Special);
    Export *Ex = ExportTable::get().find(internAtom("erlang"), First, unsigned(E.tupleArity() - 1));
    if (!Known && !(Ex && Ex->Bif))
      return false;
  }
  for (Word I = From; I < E.tupleArity(); ++I)
    if (!Valid(E.tupleElement(I)))
      return false;
  return true;
}

} // namespace

std::optional<MatchSpec> beamr::parseSpec(Term Spec, Term Caller) {
  std::optional<std::vector<Term>> L = listElements(Spec);
  if (!L)
    return std::nullopt;
  MatchSpec M;
  M.Caller = Caller;
  for (Term C : *L) {
    if (!C.isTuple() || C.tupleArity() != 3)
      return std::nullopt;
    std::optional<std::vector<Term>> G = listElements(C.tupleElement(1));
    std::optional<std::vector<Term>> Bd = listElements(C.tupleElement(2));
    std::vector<bool> Bound;
    collectVariables(C.tupleElement(0), Bound);
    auto Valid = [&Bound](Term E) { return isValidExpr(E, Bound); };
    if (!G || !Bd || !std::all_of(G->begin(), G->end(), Valid) ||
        !std::all_of(Bd->begin(), Bd->end(), Valid))
      return std::nullopt;
    M.Clauses.push_back({C.tupleElement(0), *G, *Bd});
  }
  return M;
}

Term beamr::runSpec(TermArena &Ar, const MatchSpec &M, Term Obj) {
  for (const MatchSpec::Clause &C : M.Clauses) {
    Bindings B;
    B.Object = Obj;
    B.Caller = M.Caller;
    if (!matchPattern(C.Head, Obj, B))
      continue;
    bool Ok = true;
    for (Term G : C.Guards)
      if (evalExpr(Ar, G, B) != MsAtoms::get().True) {
        Ok = false;
        break;
      }
    if (!Ok)
      continue;
    Term R = NoValue;
    for (Term E : C.Body) {
      R = evalExpr(Ar, E, B);
      if (R == NoValue)
        break;
    }
    if (R != NoValue)
      return R;
  }
  return NoValue;
}

MatchSpec beamr::patternSpec(Term Pattern, bool Objects) {
  MatchSpec M;
  M.Clauses.push_back({Pattern, {}, {Objects ? MsAtoms::get().Dollar_ : MsAtoms::get().DollarDollar}});
  return M;
}
