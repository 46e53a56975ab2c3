//===- lib/Runtime/BifTerm.cpp - Type tests, tuples and lists -------------===//
///
/// \file
/// Type-test BIFs, tuple BIFs (`element`, `setelement`, `make_tuple`, ...),
/// list BIFs (`length`, `hd`, `++`, `--`) and the C BIFs of `lists`
/// (`member`, `reverse/2`, `keyfind`, `keymember`, `keysearch`).
//===----------------------------------------------------------------------===//
#include "BifSupport.h"

#include "beamr/Term/Compare.h"
#include "beamr/Term/Map.h"

#include <deque>
#include <map>

using namespace beamr;

namespace beamr::bifs {

//===-- type tests --------------------------------------------------------===//

static bool isFun(Term T) {
  return T.isBoxedKind(HeaderKind::Fun) || T.isBoxedKind(HeaderKind::Export);
}
static bool isReference(Term T) {
  return T.isBoxedKind(HeaderKind::Ref) || T.isBoxedKind(HeaderKind::ExternalRef);
}

Term is_atom_1(Process &, const Term *Args) { return boolTerm(Args[0].isAtom()); }
Term is_binary_1(Process &, const Term *Args) {
  return boolTerm(Args[0].isBitstring() && viewBitstring(Args[0]).isBinary());
}
Term is_bitstring_1(Process &, const Term *Args) { return boolTerm(Args[0].isBitstring()); }
Term is_boolean_1(Process &, const Term *Args) {
  return boolTerm(Args[0] == atomTerm(atoms::True) || Args[0] == atomTerm(atoms::False));
}
Term is_float_1(Process &, const Term *Args) { return boolTerm(Args[0].isFloat()); }
Term is_function_1(Process &, const Term *Args) { return boolTerm(isFun(Args[0])); }
Term is_integer_1(Process &, const Term *Args) { return boolTerm(Args[0].isInteger()); }
Term is_list_1(Process &, const Term *Args) { return boolTerm(Args[0].isList()); }
Term is_map_1(Process &, const Term *Args) { return boolTerm(Args[0].isMap()); }
Term is_number_1(Process &, const Term *Args) { return boolTerm(Args[0].isNumber()); }
Term is_pid_1(Process &, const Term *Args) {
  return boolTerm(Args[0].isLocalPid() || Args[0].isBoxedKind(HeaderKind::ExternalPid));
}
Term is_port_1(Process &, const Term *Args) {
  return boolTerm(Args[0].isLocalPort() || Args[0].isBoxedKind(HeaderKind::ExternalPort));
}
Term is_reference_1(Process &, const Term *Args) { return boolTerm(isReference(Args[0])); }
Term is_tuple_1(Process &, const Term *Args) { return boolTerm(Args[0].isTuple()); }

/// The arity a fun is called with.
static Word funArity(Term F) {
  if (F.isBoxedKind(HeaderKind::Export))
    return Word(Term::fromRaw(F.boxedObject()[3]).smallValue());
  return viewFun(F).Arity;
}

Term is_function_2(Process &P, const Term *Args) {
  Term Arity = Args[1];
  if (!Arity.isInteger() || (Arity.isSmall() ? Arity.smallValue() < 0 : bignumIsNegative(Arity)))
    return P.badarg();
  if (!isFun(Args[0]) || !Arity.isSmall())
    return boolTerm(false);
  return boolTerm(funArity(Args[0]) == Word(Arity.smallValue()));
}

Term is_record_2(Process &P, const Term *Args) {
  if (!Args[1].isAtom())
    return P.badarg();
  Term T = Args[0];
  return boolTerm(T.isTuple() && T.tupleArity() >= 1 && T.tupleElement(0) == Args[1]);
}

Term is_record_3(Process &P, const Term *Args) {
  if (!Args[1].isAtom() || !Args[2].isInteger())
    return P.badarg();
  Term T = Args[0];
  return boolTerm(T.isTuple() && T.tupleArity() >= 1 && T.tupleElement(0) == Args[1] &&
                  Args[2].isSmall() && Word(Args[2].smallValue()) == T.tupleArity());
}

//===-- tuples ------------------------------------------------------------===//

/// erl's largest tuple.
constexpr Word MaxTupleArity = (Word(1) << 24) - 1;

/// The 1-based index `N` if it names an element of a tuple of `Arity`.
static std::optional<Word> tupleIndex(Term N, Word Arity) {
  if (!N.isSmall() || N.smallValue() < 1 || Word(N.smallValue()) > Arity)
    return std::nullopt;
  return Word(N.smallValue()) - 1;
}

Term element_2(Process &P, const Term *Args) {
  if (!Args[1].isTuple())
    return P.badarg();
  std::optional<Word> I = tupleIndex(Args[0], Args[1].tupleArity());
  return I ? Args[1].tupleElement(*I) : P.badarg();
}

static Term copyTuple(Process &P, Term Tuple, Word *&Elements) {
  Word Arity = Tuple.tupleArity();
  Word *Obj = allocateTuple(P, Arity);
  std::memcpy(Obj + 1, Tuple.boxedObject() + 1, Arity * sizeof(Word));
  Elements = Obj + 1;
  return Term::boxed(Obj);
}

Term setelement_3(Process &P, const Term *Args) {
  if (!Args[1].isTuple())
    return P.badarg();
  std::optional<Word> I = tupleIndex(Args[0], Args[1].tupleArity());
  if (!I)
    return P.badarg();
  Word *Elements;
  Term Copy = copyTuple(P, Args[1], Elements);
  Elements[*I] = Args[2].raw();
  return Copy;
}

Term tuple_size_1(Process &P, const Term *Args) {
  return Args[0].isTuple() ? Term::small(SWord(Args[0].tupleArity())) : P.badarg();
}

Term size_1(Process &P, const Term *Args) {
  if (Args[0].isTuple())
    return Term::small(SWord(Args[0].tupleArity()));
  if (Args[0].isBitstring())
    return makeUnsigned(P, viewBitstring(Args[0]).BitSize / 8);
  return P.badarg();
}

Term make_tuple_2(Process &P, const Term *Args) {
  Term N = Args[0];
  if (!N.isSmall() || N.smallValue() < 0 || Word(N.smallValue()) > MaxTupleArity)
    return P.badarg();
  Word *Obj = allocateTuple(P, Word(N.smallValue()));
  for (Word I = 0; I < Word(N.smallValue()); ++I)
    Obj[1 + I] = Args[1].raw();
  return Term::boxed(Obj);
}

Term make_tuple_3(Process &P, const Term *Args) {
  std::optional<std::vector<Term>> Init = listElements(Args[2]);
  if (!Init)
    return P.badarg();
  Term Tuple = make_tuple_2(P, Args);
  if (Tuple == NoValue)
    return NoValue;
  Word *Elements = Tuple.boxedObject() + 1;
  for (Term Pair : *Init) {
    if (!Pair.isTuple() || Pair.tupleArity() != 2)
      return P.badarg();
    std::optional<Word> I = tupleIndex(Pair.tupleElement(0), Tuple.tupleArity());
    if (!I)
      return P.badarg();
    Elements[*I] = Pair.tupleElement(1).raw();
  }
  return Tuple;
}

Term append_element_2(Process &P, const Term *Args) {
  if (!Args[0].isTuple() || Args[0].tupleArity() >= MaxTupleArity)
    return P.badarg();
  Word Arity = Args[0].tupleArity();
  Word *Obj = allocateTuple(P, Arity + 1);
  std::memcpy(Obj + 1, Args[0].boxedObject() + 1, Arity * sizeof(Word));
  Obj[1 + Arity] = Args[1].raw();
  return Term::boxed(Obj);
}

Term insert_element_3(Process &P, const Term *Args) {
  if (!Args[1].isTuple())
    return P.badarg();
  Word Arity = Args[1].tupleArity();
  std::optional<Word> I = tupleIndex(Args[0], Arity + 1);
  if (!I)
    return P.badarg();
  Word *Obj = allocateTuple(P, Arity + 1);
  const Word *From = Args[1].boxedObject() + 1;
  std::memcpy(Obj + 1, From, *I * sizeof(Word));
  Obj[1 + *I] = Args[2].raw();
  std::memcpy(Obj + 2 + *I, From + *I, (Arity - *I) * sizeof(Word));
  return Term::boxed(Obj);
}

Term delete_element_2(Process &P, const Term *Args) {
  if (!Args[1].isTuple())
    return P.badarg();
  Word Arity = Args[1].tupleArity();
  std::optional<Word> I = tupleIndex(Args[0], Arity);
  if (!I)
    return P.badarg();
  Word *Obj = allocateTuple(P, Arity - 1);
  const Word *From = Args[1].boxedObject() + 1;
  std::memcpy(Obj + 1, From, *I * sizeof(Word));
  std::memcpy(Obj + 1 + *I, From + *I + 1, (Arity - *I - 1) * sizeof(Word));
  return Term::boxed(Obj);
}

Term tuple_to_list_1(Process &P, const Term *Args) {
  if (!Args[0].isTuple())
    return P.badarg();
  Term L = Term::nil();
  for (Word I = Args[0].tupleArity(); I-- > 0;)
    L = makeCons(P, Args[0].tupleElement(I), L);
  return L;
}

Term list_to_tuple_1(Process &P, const Term *Args) {
  std::optional<std::vector<Term>> Elements = listElements(Args[0]);
  if (!Elements || Elements->size() > MaxTupleArity)
    return P.badarg();
  return makeTuple(P, *Elements);
}

//===-- lists -------------------------------------------------------------===//

Term length_1(Process &P, const Term *Args) {
  std::optional<std::size_t> N = properLength(Args[0]);
  return N ? makeUnsigned(P, *N) : P.badarg();
}

Term hd_1(Process &P, const Term *Args) {
  return Args[0].isCons() ? Args[0].head() : P.badarg();
}

Term tl_1(Process &P, const Term *Args) {
  return Args[0].isCons() ? Args[0].tail() : P.badarg();
}

Term append_2(Process &P, const Term *Args) {
  std::optional<std::vector<Term>> Front = listElements(Args[0]);
  if (!Front)
    return P.badarg();
  return makeList(P, *Front, Args[1]);
}

namespace {
struct ExactLess {
  bool operator()(Term A, Term B) const { return compareTermsExact(A, B) < 0; }
};
} // namespace

Term subtract_2(Process &P, const Term *Args) {
  std::optional<std::vector<Term>> Left = listElements(Args[0]);
  std::optional<std::vector<Term>> Right = listElements(Args[1]);
  if (!Left || !Right)
    return P.badarg();
  // Each element of Right removes the first remaining =:= element of Left.
  std::map<Term, std::deque<std::size_t>, ExactLess> Positions;
  for (std::size_t I = 0; I < Left->size(); ++I)
    Positions[(*Left)[I]].push_back(I);
  std::vector<bool> Removed(Left->size(), false);
  for (Term R : *Right) {
    auto It = Positions.find(R);
    if (It == Positions.end() || It->second.empty())
      continue;
    Removed[It->second.front()] = true;
    It->second.pop_front();
  }
  Term Result = Term::nil();
  for (std::size_t I = Left->size(); I-- > 0;)
    if (!Removed[I])
      Result = makeCons(P, (*Left)[I], Result);
  return Result;
}

Term lists_member_2(Process &P, const Term *Args) {
  Term L = Args[1];
  for (; L.isCons(); L = L.tail())
    if (exactEqualTerms(L.head(), Args[0]))
      return boolTerm(true);
  return L.isNil() ? boolTerm(false) : P.badarg();
}

Term lists_reverse_2(Process &P, const Term *Args) {
  if (!properLength(Args[0]))
    return P.badarg();
  Term Result = Args[1];
  for (Term L = Args[0]; L.isCons(); L = L.tail())
    Result = makeCons(P, L.head(), Result);
  return Result;
}

/// The first tuple of `List` whose `N`-th element `==` `Key`; nil if none;
/// `NoValue` (after badarg) for a bad position or an improper list.
static Term keyFind(Process &P, const Term *Args) {
  Term Key = Args[0], N = Args[1], L = Args[2];
  if (!N.isSmall() || N.smallValue() < 1)
    return P.badarg();
  Word Pos = Word(N.smallValue()) - 1;
  for (; L.isCons(); L = L.tail()) {
    Term E = L.head();
    if (E.isTuple() && Pos < E.tupleArity() && equalTerms(E.tupleElement(Pos), Key))
      return E;
  }
  return L.isNil() ? Term::nil() : P.badarg();
}

Term lists_keyfind_3(Process &P, const Term *Args) {
  Term Found = keyFind(P, Args);
  return Found.isNil() ? boolTerm(false) : Found;
}

Term lists_keymember_3(Process &P, const Term *Args) {
  Term Found = keyFind(P, Args);
  return Found == NoValue ? NoValue : boolTerm(!Found.isNil());
}

Term lists_keysearch_3(Process &P, const Term *Args) {
  Term Found = keyFind(P, Args);
  if (Found == NoValue || Found.isNil())
    return Found.isNil() ? boolTerm(false) : NoValue;
  return makeTuple2(P, internAtom("value"), Found);
}

} // namespace beamr::bifs
