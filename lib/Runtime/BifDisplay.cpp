//===- lib/Runtime/BifDisplay.cpp - erlang:display/1 and friends ----------===//
///
/// \file
/// `erlang:display/1` prints as erts' own term printer does, which differs
/// from `~w`: floats as `%.6e`, flat lists of printable ASCII as strings
/// (but `[]` as `[]`), binaries of printable ASCII as `<<"...">>`, atoms
/// quoted only when not a lowercase Latin-1 letter followed by alphanumerics
/// and `_`, with their UTF-8 bytes written raw. Lines end in CR LF, as erl's
/// do on any stdout. The text goes straight to
/// fd 1 with one write(2), as `user`'s port output does, so both stay in
/// program order. `display_string/1` and `display_nl/0` write to stderr,
/// as erts does (logger's last-resort messages use them).
//===----------------------------------------------------------------------===//
#include "BifSupport.h"

#include "beamr/Term/Map.h"
#include "beamr/Term/Printer.h"

#include <cstdio>
#include <unistd.h>

using namespace beamr;

namespace {

bool isLatin1Lower(int C) { return (C >= 'a' && C <= 'z') || (C >= 223 && C <= 255 && C != 247); }
bool isLatin1Upper(int C) { return (C >= 'A' && C <= 'Z') || (C >= 192 && C <= 222 && C != 215); }
bool isLatin1Alnum(int C) { return (C >= '0' && C <= '9') || isLatin1Lower(C) || isLatin1Upper(C); }

/// The Latin-1 character starting at `S[I]` as erts judges it for quoting: a
/// continuation byte counts as a letter, a 3- or 4-byte sequence as none.
int quotingChar(std::string_view S, std::size_t I) {
  unsigned char C1 = S[I];
  unsigned char C2 = I + 1 < S.size() ? S[I + 1] : 0;
  if (C1 < 0x80)
    return C1;
  if ((C1 & 0xE0) == 0xC0)
    return (C1 & 0x1F) << 6 | (C2 & 0x3F);
  if ((C1 & 0xC0) == 0x80)
    return 'a';
  return 0;
}

void writeOctal(std::string &Out, unsigned C) {
  char Buf[8];
  std::snprintf(Buf, sizeof(Buf), "\\%o", C);
  Out += Buf;
}

void displayAtom(std::string &Out, std::string_view S) {
  if (S.empty()) {
    Out += "''";
    return;
  }
  bool Quote = !isLatin1Lower(quotingChar(S, 0));
  for (std::size_t I = 1; !Quote && I < S.size(); ++I) {
    int C = quotingChar(S, I);
    Quote = !isLatin1Alnum(C) && C != '_';
  }
  if (Quote)
    Out += '\'';
  for (std::size_t I = 0; I < S.size(); ++I) {
    unsigned char C = S[I];
    switch (C) {
    case '\'': Out += "\\'"; continue;
    case '\\': Out += "\\\\"; continue;
    case '\n': Out += "\\n"; continue;
    case '\f': Out += "\\f"; continue;
    case '\t': Out += "\\t"; continue;
    case '\r': Out += "\\r"; continue;
    case '\b': Out += "\\b"; continue;
    case '\v': Out += "\\v"; continue;
    default: break;
    }
    if (C < ' ') {
      writeOctal(Out, C);
    } else if (C == 0xC2 && I + 1 < S.size() && (unsigned char)S[I + 1] < 0xA0) {
      writeOctal(Out, (unsigned char)S[++I]); // A C1 control character.
    } else {
      Out += char(C);
    }
  }
  if (Quote)
    Out += '\'';
}

/// A non-empty proper list of printable ASCII bytes or whitespace.
bool isPrintableString(Term T) {
  if (!T.isCons())
    return false;
  for (; T.isCons(); T = T.tail()) {
    Term H = T.head();
    if (!H.isSmall() || H.smallValue() < 0 || H.smallValue() > 255)
      return false;
    SWord C = H.smallValue();
    bool Space = C == ' ' || C == '\n' || C == '\t' || C == '\r';
    if ((C < ' ' || C >= 127) && !Space)
      return false;
  }
  return T.isNil();
}

void displayBitstring(std::string &Out, Term T) {
  BitstringView V = viewBitstring(T);
  Word Bytes = V.BitSize / 8, Rest = V.BitSize % 8;
  bool Printable = Bytes > 0 && Rest == 0;
  for (Word I = 0; Printable && I < Bytes; ++I)
    Printable = V.byteAt(I) >= ' ' && V.byteAt(I) < 127;
  if (Printable) {
    Out += "<<\"";
    for (Word I = 0; I < Bytes; ++I) {
      if (V.byteAt(I) == '"')
        Out += '\\';
      Out += char(V.byteAt(I));
    }
    Out += "\">>";
    return;
  }
  Out += "<<";
  for (Word I = 0; I < Bytes; ++I) {
    if (I)
      Out += ',';
    Out += std::to_string(V.byteAt(I));
  }
  if (Rest) {
    if (Bytes)
      Out += ',';
    Out += std::to_string(V.byteAt(Bytes) >> (8 - Rest));
    Out += ':';
    Out += std::to_string(Rest);
  }
  Out += ">>";
}

void display(std::string &Out, Term T);

void displayList(std::string &Out, Term T) {
  if (isPrintableString(T)) {
    Out += '"';
    for (; T.isCons(); T = T.tail()) {
      char C = char(T.head().smallValue());
      if (C == '\n') {
        Out += "\\n";
        continue;
      }
      if (C == '"')
        Out += '\\';
      Out += C;
    }
    Out += '"';
    return;
  }
  Out += '[';
  for (bool First = true; T.isCons(); T = T.tail(), First = false) {
    if (!First)
      Out += ',';
    display(Out, T.head());
  }
  if (!T.isNil()) {
    Out += '|';
    display(Out, T);
  }
  Out += ']';
}

void display(std::string &Out, Term T) {
  if (T.isAtom())
    return displayAtom(Out, AtomTable::get().name(T));
  if (T.isNil() || T.isCons())
    return displayList(Out, T);
  if (T.isBitstring())
    return displayBitstring(Out, T);
  if (T.isTuple()) {
    Out += '{';
    for (Word I = 0; I < T.tupleArity(); ++I) {
      if (I)
        Out += ',';
      display(Out, T.tupleElement(I));
    }
    Out += '}';
    return;
  }
  if (T.isBoxedKind(HeaderKind::Float)) {
    char Buf[64];
    std::snprintf(Buf, sizeof(Buf), "%.6e", T.floatValue());
    Out += Buf;
    return;
  }
  if (T.isBoxedKind(HeaderKind::FlatMap) || T.isBoxedKind(HeaderKind::HashMapHead)) {
    Out += "#{";
    MapIterator It(T, MapOrder::Iterator);
    Term K, V;
    for (bool First = true; It.next(K, V); First = false) {
      if (!First)
        Out += ',';
      display(Out, K);
      Out += "=>";
      display(Out, V);
    }
    Out += '}';
    return;
  }
  if (T.isBoxedKind(HeaderKind::Export)) {
    const Word *Obj = T.boxedObject();
    Out += "fun ";
    displayAtom(Out, AtomTable::get().name(Term::fromRaw(Obj[1])));
    Out += ':';
    displayAtom(Out, AtomTable::get().name(Term::fromRaw(Obj[2])));
    Out += '/';
    Out += std::to_string(Term::fromRaw(Obj[3]).smallValue());
    return;
  }
  writeTerm(Out, T); // Numbers, pids, ports, refs and local funs print as ~w.
}

} // namespace

namespace beamr::bifs {

Term display_1(Process &, const Term *Args) {
  std::string Text;
  display(Text, Args[0]);
  Text += "\r\n"; // erl ends the line so even when stdout is a file.
  std::lock_guard<std::mutex> G(standardOutputLock());
  std::fflush(stdout); // Anything buffered through stdio goes first.
  for (std::size_t Done = 0; Done < Text.size();) {
    ssize_t N = ::write(1, Text.data() + Done, Text.size() - Done);
    if (N <= 0)
      break;
    Done += std::size_t(N);
  }
  return boolTerm(true);
}

/// Writes all of `Text` to `Fd` with write(2).
static void writeFd(int Fd, std::string_view Text) {
  std::lock_guard<std::mutex> G(standardOutputLock());
  for (std::size_t Done = 0; Done < Text.size();) {
    ssize_t N = ::write(Fd, Text.data() + Done, Text.size() - Done);
    if (N <= 0)
      break;
    Done += std::size_t(N);
  }
}

/// erlang:display_string/1: a string (code points) to stderr as UTF-8.
Term display_string_1(Process &P, const Term *Args) {
  std::optional<std::u32string> Chars = listToCodePoints(Args[0]);
  if (!Chars)
    return P.badarg();
  std::string Text;
  for (char32_t C : *Chars)
    appendUtf8(Text, C);
  writeFd(2, Text);
  return boolTerm(true);
}

Term display_nl_0(Process &, const Term *) {
  writeFd(2, "\n");
  return boolTerm(true);
}

} // namespace beamr::bifs
