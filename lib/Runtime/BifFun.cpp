//===- lib/Runtime/BifFun.cpp - erlang:fun_info/1,2 -----------------------===//
///
/// \file
/// `fun_info/1,2` and `make_fun/3`: fun_info from what a fun object holds (FunObject in Term.h). A
/// local fun's name is not in the object: the code server knows it, and
/// answers through the optional `funName` hook (setFunNameHook); without it
/// the name is `[]`.
//===----------------------------------------------------------------------===//
#include "BifSupport.h"

#include "beamr/Runtime/Process.h"

#include <cstring>

using namespace beamr;

namespace {

FunNameHook TheFunNameHook = nullptr;

bool isAnyFun(Term F) {
  return F.isBoxedKind(HeaderKind::Fun) || F.isBoxedKind(HeaderKind::Export);
}

/// The value of one fun_info item, or NoValue when `Item` is not one.
Term funItem(Process &P, Term F, Term Item) {
  auto Is = [Item](const char *Name) { return Item == internAtom(Name); };
  if (F.isBoxedKind(HeaderKind::Export)) {
    const Word *Obj = F.boxedObject();
    if (Is("module"))
      return Term::fromRaw(Obj[1]);
    if (Is("name"))
      return Term::fromRaw(Obj[2]);
    if (Is("arity"))
      return Term::fromRaw(Obj[3]);
    if (Is("env"))
      return Term::nil();
    if (Is("type"))
      return atomTerm(atoms::External);
    if (Is("pid") || Is("index") || Is("new_index") || Is("new_uniq") || Is("uniq"))
      return atomTerm(atoms::Undefined);
    return NoValue;
  }
  const FunObject &O = viewFun(F);
  if (Is("pid"))
    return Term::fromRaw(O.Creator);
  if (Is("module"))
    return Term::fromRaw(O.Module);
  if (Is("new_index"))
    return makeUnsigned(P, O.Index);
  if (Is("new_uniq")) {
    unsigned char Bytes[16];
    std::memcpy(Bytes, O.Uniq, sizeof(Bytes));
    return makeBinary(P, Bytes);
  }
  if (Is("index"))
    return makeUnsigned(P, O.OldIndex);
  if (Is("uniq"))
    return makeUnsigned(P, O.OldUniq);
  if (Is("name"))
    return TheFunNameHook ? TheFunNameHook(Term::fromRaw(O.Module), O.Index) : Term::nil();
  if (Is("arity"))
    return makeUnsigned(P, O.Arity);
  if (Is("env")) {
    std::vector<Term> Env;
    for (Word I = 0; I < O.NumFree; ++I)
      Env.push_back(O.freeVar(I));
    return makeList(P, Env);
  }
  if (Is("type"))
    return atomTerm(atoms::Local);
  return NoValue;
}

} // namespace

void beamr::setFunNameHook(FunNameHook Hook) { TheFunNameHook = Hook; }

namespace beamr::bifs {

Term fun_info_2(Process &P, const Term *Args) {
  if (!isAnyFun(Args[0]) || !Args[1].isAtom())
    return P.badarg();
  Term V = funItem(P, Args[0], Args[1]);
  return V == NoValue ? P.badarg() : makeTuple2(P, Args[1], V);
}

Term fun_info_1(Process &P, const Term *Args) {
  if (!isAnyFun(Args[0]))
    return P.badarg();
  static const char *LocalItems[] = {"pid",  "module", "new_index", "new_uniq", "index",
                                     "uniq", "name",   "arity",     "env",      "type"};
  static const char *ExternalItems[] = {"module", "name", "arity", "env", "type"};
  bool Local = Args[0].isBoxedKind(HeaderKind::Fun);
  std::span<const char *const> Items(Local ? LocalItems : ExternalItems, Local ? 10 : 5);
  std::vector<Term> Pairs;
  for (const char *Name : Items) {
    Term Key = internAtom(Name);
    Pairs.push_back(makeTuple2(P, Key, funItem(P, Args[0], Key)));
  }
  return makeList(P, Pairs);
}

} // namespace beamr::bifs

namespace beamr::bifs {

/// `fun M:F/A` with variable parts compiles to make_fun(M, F, A).
Term make_fun_3(Process &P, const Term *Args) {
  Term Arity = Args[2];
  if (!Args[0].isAtom() || !Args[1].isAtom() || !Arity.isSmall() || Arity.smallValue() < 0 ||
      Arity.smallValue() > 255)
    return P.badarg();
  return makeExportFun(P, Args[0], Args[1], Arity);
}

} // namespace beamr::bifs
