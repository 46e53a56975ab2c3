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
#include "beamr/Term/Compare.h"
#include "beamr/Term/Printer.h"

#include <cstring>

using namespace beamr;

namespace {

FunNameHook TheFunNameHook = nullptr; // Set once at start-up, before schedulers run.

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

/// erlang:fun_info_mfa/1: `{Module, Name, Arity}` of any fun.
Term fun_info_mfa_1(Process &P, const Term *Args) {
  if (!isAnyFun(Args[0]))
    return P.badarg();
  return makeTuple3(P, funItem(P, Args[0], internAtom("module")),
                    funItem(P, Args[0], internAtom("name")),
                    funItem(P, Args[0], internAtom("arity")));
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

//===-- funs, refs and ports as text; list_to_pid; cmp_term ---------------===//

namespace {

/// `~w` text of `T` as a list of code points (atoms may hold any).
Term textOf(Process &P, Term T) {
  std::string Text;
  writeTerm(Text, T);
  std::optional<std::u32string> Chars = decodeUtf8(Text);
  return Chars ? makeCodePointList(P, *Chars) : makeByteListTerm(P, Text);
}

/// Reads a decimal number of at most `Max` from `S` at `I`.
std::optional<std::uint64_t> readDecimal(std::string_view S, std::size_t &I, std::uint64_t Max) {
  std::size_t Start = I;
  std::uint64_t V = 0;
  while (I < S.size() && S[I] >= '0' && S[I] <= '9') {
    V = V * 10 + std::uint64_t(S[I++] - '0');
    if (V > Max)
      return std::nullopt;
  }
  return I > Start ? std::optional<std::uint64_t>(V) : std::nullopt;
}

} // namespace

namespace beamr::bifs {

Term fun_to_list_1(Process &P, const Term *Args) {
  return isAnyFun(Args[0]) ? textOf(P, Args[0]) : P.badarg();
}

Term ref_to_list_1(Process &P, const Term *Args) {
  Term R = Args[0];
  return R.isBoxedKind(HeaderKind::Ref) || R.isBoxedKind(HeaderKind::ExternalRef) ? textOf(P, R)
                                                                                  : P.badarg();
}

Term port_to_list_1(Process &P, const Term *Args) {
  Term R = Args[0];
  return R.isLocalPort() || R.isBoxedKind(HeaderKind::ExternalPort) ? textOf(P, R) : P.badarg();
}

/// "<0.N.S>" for a local pid (N < 2^15, S < 2^13, as erl's limits).
Term list_to_pid_1(Process &P, const Term *Args) {
  std::optional<std::string> Text = listToLatin1(Args[0]);
  if (!Text)
    return P.badarg();
  std::string_view S(*Text);
  std::size_t I = 0;
  auto Expect = [&](char C) { return I < S.size() && S[I++] == C; };
  if (!Expect('<'))
    return P.badarg();
  std::optional<std::uint64_t> Node = readDecimal(S, I, 0);
  if (!Node || !Expect('.'))
    return P.badarg();
  std::optional<std::uint64_t> Number = readDecimal(S, I, (1u << 15) - 1);
  if (!Number || !Expect('.'))
    return P.badarg();
  std::optional<std::uint64_t> Serial = readDecimal(S, I, (1u << 13) - 1);
  if (!Serial || !Expect('>') || I != S.size())
    return P.badarg();
  return Term::localPid(*Number, *Serial);
}

/// "#Port<0.N>": the text port_to_list/1 writes for a local port.
Term list_to_port_1(Process &P, const Term *Args) {
  std::optional<std::string> Text = listToLatin1(Args[0]);
  if (!Text)
    return P.badarg();
  std::string_view S(*Text);
  const std::string_view Prefix = "#Port<0.";
  if (S.substr(0, Prefix.size()) != Prefix)
    return P.badarg();
  std::size_t I = Prefix.size();
  std::optional<std::uint64_t> Number = readDecimal(S, I, Term::MaxPortNumber);
  if (!Number || I + 1 != S.size() || S[I] != '>')
    return P.badarg();
  return Term::localPort(*Number);
}

/// "#Ref<0.A.B.C>" for a local reference: the text ref_to_list/1 writes
/// (the id words most significant first, each below 2^32).
Term list_to_ref_1(Process &P, const Term *Args) {
  std::optional<std::string> Text = listToLatin1(Args[0]);
  if (!Text)
    return P.badarg();
  std::string_view S(*Text);
  const std::string_view Prefix = "#Ref<0.";
  if (S.substr(0, Prefix.size()) != Prefix)
    return P.badarg();
  std::size_t I = Prefix.size();
  Word Ids[3];
  for (int K = 2; K >= 0; --K) {
    std::optional<std::uint64_t> Id = readDecimal(S, I, 0xFFFFFFFFu);
    if (!Id || I >= S.size() || S[I++] != (K ? '.' : '>'))
      return P.badarg();
    Ids[K] = *Id;
  }
  if (I != S.size())
    return P.badarg();
  return makeLocalRef(P, Ids);
}

/// erts_internal:cmp_term/2: -1, 0 or 1 in exact (=:=) term order.
Term erts_internal_cmp_term_2(Process &, const Term *Args) {
  int C = compareTermsExact(Args[0], Args[1]);
  return Term::small(C < 0 ? -1 : C > 0 ? 1 : 0);
}

} // namespace beamr::bifs
