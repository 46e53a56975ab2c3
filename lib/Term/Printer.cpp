//===- lib/Term/Printer.cpp - Terms as text -------------------------------===//
///
/// \file
/// The text of `io_lib:format("~w", [T])` on erl 25, as UTF-8. `~w` writes
/// atoms in its Latin-1 mode: characters above 255 are escaped as `\x{...}`,
/// characters 160..255 are written as themselves (here in UTF-8).
///
/// Pids, ports and refs of other nodes print with node number 1: erl prints
/// the index of the node's distribution entry there, which depends on the
/// order in which that erl met its nodes, so no fixed choice can match it.
///
/// Output is produced by a loop over an explicit stack of tasks (a term to
/// write, or the rest of a list, tuple or map), so deep terms print without
/// C recursion.
//===----------------------------------------------------------------------===//
#include "beamr/Term/Printer.h"

#include "beamr/Term/Atom.h"
#include "beamr/Term/Build.h"
#include "beamr/Term/Map.h"

#include <charconv>
#include <cmath>
#include <gmp.h>
#include <memory>
#include <vector>

using namespace beamr;

namespace {

void appendUtf8(std::string &Out, std::uint32_t C) {
  if (C < 0x80) {
    Out += char(C);
  } else if (C < 0x800) {
    Out += char(0xC0 | C >> 6);
    Out += char(0x80 | (C & 0x3F));
  } else if (C < 0x10000) {
    Out += char(0xE0 | C >> 12);
    Out += char(0x80 | (C >> 6 & 0x3F));
    Out += char(0x80 | (C & 0x3F));
  } else {
    Out += char(0xF0 | C >> 18);
    Out += char(0x80 | (C >> 12 & 0x3F));
    Out += char(0x80 | (C >> 6 & 0x3F));
    Out += char(0x80 | (C & 0x3F));
  }
}

/// Code points of valid UTF-8 (atom names always are).
std::vector<std::uint32_t> decodeUtf8(std::string_view S) {
  std::vector<std::uint32_t> Cps;
  for (std::size_t I = 0; I < S.size();) {
    auto B = static_cast<unsigned char>(S[I]);
    unsigned Len = B < 0x80 ? 1 : B < 0xE0 ? 2 : B < 0xF0 ? 3 : 4;
    std::uint32_t C = Len == 1 ? B : B & (0x7F >> Len);
    for (unsigned K = 1; K < Len && I + K < S.size(); ++K)
      C = C << 6 | (static_cast<unsigned char>(S[I + K]) & 0x3F);
    Cps.push_back(C);
    I += Len;
  }
  return Cps;
}

bool isLowerStart(std::uint32_t C) {
  return (C >= 'a' && C <= 'z') || (C >= 0xDF && C <= 0xFF && C != 0xF7);
}
/// io_lib's name_char: letters, digits, `_` and `@` of Latin-1.
bool isNameChar(std::uint32_t C) {
  return isLowerStart(C) || (C >= 'A' && C <= 'Z') || (C >= 0xC0 && C <= 0xDE && C != 0xD7) ||
         (C >= '0' && C <= '9') || C == '_' || C == '@';
}

bool isReservedWord(std::string_view S) {
  static constexpr std::string_view Words[] = {
      "after", "begin", "case", "try", "cond",    "catch", "andalso", "orelse", "end",
      "fun",   "if",    "let",  "of",  "receive", "when",  "bnot",    "not",    "div",
      "rem",   "band",  "and",  "bor", "bxor",    "bsl",   "bsr",     "or",     "xor"};
  for (std::string_view W : Words)
    if (S == W)
      return true;
  return false;
}

/// One character inside a quoted atom, as io_lib's Latin-1 string writer.
void writeQuotedChar(std::string &Out, std::uint32_t C) {
  if (C == '\'' || C == '\\') {
    Out += '\\';
    Out += char(C);
    return;
  }
  if ((C >= ' ' && C <= '~') || (C >= 0xA0 && C <= 0xFF))
    return appendUtf8(Out, C);
  if (C > 0xFF) {
    char Buf[16];
    auto R = std::to_chars(Buf, Buf + sizeof Buf, C, 16);
    Out += "\\x{";
    for (char *P = Buf; P != R.ptr; ++P)
      Out += char(*P >= 'a' ? *P - 'a' + 'A' : *P);
    Out += '}';
    return;
  }
  static constexpr struct {
    std::uint32_t C;
    char Esc;
  } Named[] = {{'\n', 'n'}, {'\r', 'r'}, {'\t', 't'}, {'\v', 'v'},
               {'\b', 'b'}, {'\f', 'f'}, {27, 'e'},   {127, 'd'}};
  for (auto N : Named)
    if (N.C == C) {
      Out += '\\';
      Out += N.Esc;
      return;
    }
  Out += '\\';
  Out += char('0' + (C >> 6));
  Out += char('0' + (C >> 3 & 7));
  Out += char('0' + (C & 7));
}

void writeSmall(std::string &Out, SWord V) {
  char Buf[24];
  auto R = std::to_chars(Buf, Buf + sizeof Buf, V);
  Out.append(Buf, R.ptr);
}

void writeBignum(std::string &Out, Term Big) {
  std::span<const Word> Limbs = bignumLimbs(Big);
  // mpn_get_str clobbers its input, so it works on a copy.
  std::vector<mp_limb_t> Copy(Limbs.begin(), Limbs.end());
  std::vector<unsigned char> Digits(Limbs.size() * 20 + 1);
  std::size_t N = mpn_get_str(Digits.data(), 10, Copy.data(), mp_size_t(Copy.size()));
  if (bignumIsNegative(Big))
    Out += '-';
  for (std::size_t I = 0; I < N; ++I)
    Out += char('0' + Digits[I]);
}

void writeBitstring(std::string &Out, Term Bits) {
  BitstringView V = viewBitstring(Bits);
  Out += "<<";
  Word Bytes = V.BitSize / 8;
  for (Word I = 0; I < Bytes; ++I) {
    if (I)
      Out += ',';
    writeSmall(Out, V.byteAt(I));
  }
  if (Word Rest = V.BitSize % 8) {
    if (Bytes)
      Out += ',';
    writeSmall(Out, V.byteAt(Bytes) >> (8 - Rest));
    Out += ':';
    writeSmall(Out, SWord(Rest));
  }
  Out += ">>";
}

/// erts' own atom quoting, used by `fun_to_list` for export funs: it quotes
/// anything that is not a Latin-1 lower-case letter followed by Latin-1
/// letters, digits and `_` (reserved words and `@` are not special).
void writeErtsAtom(std::string &Out, std::string_view Name) {
  std::vector<std::uint32_t> Cps = decodeUtf8(Name);
  bool Quote = Cps.empty() || !isLowerStart(Cps[0]);
  for (std::size_t I = 1; I < Cps.size() && !Quote; ++I)
    Quote = !isNameChar(Cps[I]) || Cps[I] == '@';
  if (!Quote) {
    Out += Name;
    return;
  }
  Out += '\'';
  for (std::uint32_t C : Cps)
    writeQuotedChar(Out, C);
  Out += '\'';
}

void writeFunOrExport(std::string &Out, Term T) {
  if (T.isBoxedKind(HeaderKind::Export)) {
    const Word *Obj = T.boxedObject();
    Out += "fun ";
    writeErtsAtom(Out, AtomTable::get().name(Term::fromRaw(Obj[1])));
    Out += ':';
    writeErtsAtom(Out, AtomTable::get().name(Term::fromRaw(Obj[2])));
    Out += '/';
    writeSmall(Out, Term::fromRaw(Obj[3]).smallValue());
    return;
  }
  // erts prints the module name raw and the old-style index and uniq.
  const FunObject &F = viewFun(T);
  Out += "#Fun<";
  Out += AtomTable::get().name(Term::fromRaw(F.Module));
  Out += '.';
  writeSmall(Out, SWord(F.OldIndex));
  Out += '.';
  writeSmall(Out, SWord(F.OldUniq));
  Out += '>';
}

/// Pids, ports and refs; local ones print node number 0.
void writeIdentifier(std::string &Out, Term T) {
  if (T.isLocalPid() || T.isBoxedKind(HeaderKind::ExternalPid)) {
    bool Local = T.isLocalPid();
    std::span<const Word> Ids = Local ? std::span<const Word>() : viewExternal(T).Ids;
    Out += Local ? "<0." : "<1.";
    writeSmall(Out, SWord(Local ? T.pidNumber() : Ids[0]));
    Out += '.';
    writeSmall(Out, SWord(Local ? T.pidSerial() : Ids[1]));
    Out += '>';
    return;
  }
  if (T.isLocalPort() || T.isBoxedKind(HeaderKind::ExternalPort)) {
    bool Local = T.isLocalPort();
    Out += Local ? "#Port<0." : "#Port<1.";
    Out += std::to_string(Local ? T.portNumber() : viewExternal(T).Ids[0]);
    Out += '>';
    return;
  }
  bool Local = T.isBoxedKind(HeaderKind::Ref);
  std::span<const Word> Ids = Local ? localRefIds(T) : viewExternal(T).Ids;
  Out += Local ? "#Ref<0" : "#Ref<1";
  for (std::size_t I = Ids.size(); I-- > 0;) {
    Out += '.';
    Out += std::to_string(Ids[I]);
  }
  Out += '>';
}

/// What is left to write: a term, or the rest of a list, tuple or map.
struct Task {
  enum TaskKind : std::uint8_t { Write, ListRest, TupleRest, MapRest, Text } Kind;
  Word Value = 0;            // The term, the list tail, or the tuple.
  Word Index = 0;            // TupleRest: next element.
  const char *Str = nullptr; // Text.
};

class Writer {
public:
  explicit Writer(std::string &Out) : Out(Out) {}
  void run(Term T);

private:
  void write(Term T);
  void listRest(Term Tail);
  void tupleRest(Term Tuple, Word Index);
  void mapRest(bool First);
  void push(Task::TaskKind K, Word V, Word I = 0) { Tasks.push_back({K, V, I, nullptr}); }

  std::string &Out;
  std::vector<Task> Tasks;
  std::vector<std::unique_ptr<MapIterator>> Maps;
};

void Writer::run(Term T) {
  write(T);
  while (!Tasks.empty()) {
    Task Tk = Tasks.back();
    Tasks.pop_back();
    switch (Tk.Kind) {
    case Task::Write:
      write(Term::fromRaw(Tk.Value));
      break;
    case Task::ListRest:
      listRest(Term::fromRaw(Tk.Value));
      break;
    case Task::TupleRest:
      tupleRest(Term::fromRaw(Tk.Value), Tk.Index);
      break;
    case Task::MapRest:
      mapRest(false);
      break;
    case Task::Text:
      Out += Tk.Str;
      break;
    }
  }
}

void Writer::listRest(Term Tail) {
  if (Tail.isNil()) {
    Out += ']';
    return;
  }
  if (Tail.isCons()) {
    Out += ',';
    push(Task::ListRest, Tail.tail().raw());
    push(Task::Write, Tail.head().raw());
    return;
  }
  Out += '|';
  Tasks.push_back({Task::Text, 0, 0, "]"});
  push(Task::Write, Tail.raw());
}

void Writer::tupleRest(Term Tuple, Word Index) {
  if (Index == Tuple.tupleArity()) {
    Out += '}';
    return;
  }
  if (Index)
    Out += ',';
  push(Task::TupleRest, Tuple.raw(), Index + 1);
  push(Task::Write, Tuple.tupleElement(Index).raw());
}

/// Maps iterate with the innermost map's iterator on top of `Maps`: a map
/// nested in a value is finished before its parent's next entry.
void Writer::mapRest(bool First) {
  Term K, V;
  if (!Maps.back()->next(K, V)) {
    Out += '}';
    Maps.pop_back();
    return;
  }
  if (!First)
    Out += ',';
  push(Task::MapRest, 0);
  push(Task::Write, V.raw());
  Tasks.push_back({Task::Text, 0, 0, " => "});
  push(Task::Write, K.raw());
}

void Writer::write(Term T) {
  if (T.isSmall())
    return writeSmall(Out, T.smallValue());
  if (T.isAtom())
    return writeAtom(Out, AtomTable::get().name(T));
  if (T.isNil()) {
    Out += "[]";
    return;
  }
  if (T.isCons()) {
    Out += '[';
    push(Task::ListRest, T.tail().raw());
    push(Task::Write, T.head().raw());
    return;
  }
  if (T.isLocalPid() || T.isLocalPort())
    return writeIdentifier(Out, T);
  switch (headerKind(T.boxedHeader())) {
  case HeaderKind::Tuple:
    Out += '{';
    return tupleRest(T, 0);
  case HeaderKind::PosBignum:
  case HeaderKind::NegBignum:
    return writeBignum(Out, T);
  case HeaderKind::Float:
    return writeFloat(Out, T.floatValue());
  case HeaderKind::FlatMap:
  case HeaderKind::HashMapHead:
    Out += "#{";
    Maps.push_back(std::make_unique<MapIterator>(T, MapOrder::Iterator));
    return mapRest(true);
  case HeaderKind::RefcBinary:
  case HeaderKind::HeapBinary:
  case HeaderKind::SubBinary:
    return writeBitstring(Out, T);
  case HeaderKind::Fun:
  case HeaderKind::Export:
    return writeFunOrExport(Out, T);
  case HeaderKind::Ref:
  case HeaderKind::ExternalRef:
  case HeaderKind::ExternalPid:
  case HeaderKind::ExternalPort:
    return writeIdentifier(Out, T);
  case HeaderKind::MatchState:
  case HeaderKind::HashMapNode:
    assert(false && "not a term");
    return;
  }
}

} // namespace

void beamr::writeTerm(std::string &Out, Term T) { Writer(Out).run(T); }

std::string beamr::termToString(Term T) {
  std::string S;
  writeTerm(S, T);
  return S;
}

void beamr::writeAtom(std::string &Out, std::string_view Utf8Name) {
  std::vector<std::uint32_t> Cps = decodeUtf8(Utf8Name);
  bool Quote = isReservedWord(Utf8Name) || Cps.empty() || !isLowerStart(Cps[0]);
  for (std::size_t I = 1; I < Cps.size() && !Quote; ++I)
    Quote = !isNameChar(Cps[I]);
  if (!Quote) {
    Out += Utf8Name;
    return;
  }
  Out += '\'';
  for (std::uint32_t C : Cps)
    writeQuotedChar(Out, C);
  Out += '\'';
}

/// Shortest round-trip digits (`std::to_chars` and erl's Ryu agree on them),
/// laid out by erl's rule: with D digits and value digits * 10^E, plain
/// notation when -(D+2) <= E <= 1 (E <= 2 once the exponent reaches 10, and
/// -4 <= E <= 2 for a single digit), except where plain notation would show
/// an integer of 2^53 or more; exponent notation otherwise.
void beamr::writeFloat(std::string &Out, double D) {
  if (D == 0.0) {
    Out += std::signbit(D) ? "-0.0" : "0.0";
    return;
  }
  char Buf[64];
  auto R = std::to_chars(Buf, Buf + sizeof Buf, D, std::chars_format::scientific);
  std::string_view S(Buf, R.ptr - Buf);
  bool Negative = S[0] == '-';
  if (Negative)
    S.remove_prefix(1);
  std::size_t EPos = S.find('e');
  std::string Digits(S.substr(0, 1));
  if (EPos > 1)
    Digits += S.substr(2, EPos - 2);
  std::string_view ExpText = S.substr(EPos + 1);
  if (ExpText[0] == '+')
    ExpText.remove_prefix(1);
  int SciExp = 0;
  std::from_chars(ExpText.data(), ExpText.data() + ExpText.size(), SciExp);
  int N = int(Digits.size());
  int E = SciExp - (N - 1);
  int Lower = N == 1 ? -4 : -(N + 2);
  int Upper = (N == 1 || SciExp >= 10) ? 2 : 1;
  bool Fixed = Lower <= E && E <= Upper;
  if (Fixed) {
    std::uint64_t Mantissa = 0;
    std::from_chars(Digits.data(), Digits.data() + Digits.size(), Mantissa);
    if ((E == 0 && Mantissa >= (1ull << 53)) || (E == 1 && Mantissa > (1ull << 52) / 5) ||
        (E == 2 && Mantissa > (1ull << 51) / 25))
      Fixed = false;
  }
  if (Negative)
    Out += '-';
  if (!Fixed) {
    Out += Digits[0];
    Out += '.';
    Out += N > 1 ? std::string_view(Digits).substr(1) : std::string_view("0");
    Out += 'e';
    Out += std::to_string(SciExp);
    return;
  }
  int Whole = N + E;
  if (E >= 0) {
    Out += Digits;
    Out.append(std::size_t(E), '0');
    Out += ".0";
  } else if (Whole > 0) {
    Out += std::string_view(Digits).substr(0, Whole);
    Out += '.';
    Out += std::string_view(Digits).substr(Whole);
  } else {
    Out += "0.";
    Out.append(std::size_t(-Whole), '0');
    Out += Digits;
  }
}
