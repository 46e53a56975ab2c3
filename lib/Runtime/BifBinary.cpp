//===- lib/Runtime/BifBinary.cpp - Binaries, iolists and unicode ----------===//
///
/// \file
/// `list_to_binary`, `iolist_to_binary`, `iolist_size`, `binary_to_list`,
/// `split_binary`, `binary_part`, and the C BIFs of `unicode`:
/// `characters_to_binary/2` and `characters_to_list/2` for the latin1,
/// unicode, utf8, utf16 and utf32 input encodings, with erl's `{error, Done, Rest}` and
/// `{incomplete, Done, Rest}` answers, and `bin_is_7bit/1`.
//===----------------------------------------------------------------------===//
#include "BifSupport.h"

#include <algorithm>

using namespace beamr;

namespace {

/// The outcome of reading chardata.
struct CharData {
  enum { Ok, Error, Incomplete, Badarg } Status = Ok;
  std::u32string Chars;
  Term Rest; ///< For Error and Incomplete.
};

/// Reads UTF-8 from `Bytes` into `Out`; returns how many bytes were used and
/// whether the stop was a truncated sequence at the end.
std::size_t readUtf8(std::string_view Bytes, std::u32string &Out, bool &Truncated) {
  Truncated = false;
  std::size_t I = 0;
  while (I < Bytes.size()) {
    unsigned char B = Bytes[I];
    unsigned Len = B < 0x80 ? 1 : (B & 0xE0) == 0xC0 ? 2 : (B & 0xF0) == 0xE0 ? 3 : (B & 0xF8) == 0xF0 ? 4 : 0;
    if (Len == 0)
      return I;
    std::size_t Avail = std::min<std::size_t>(Len, Bytes.size() - I);
    std::optional<std::u32string> C = decodeUtf8(Bytes.substr(I, Len));
    if (Avail < Len) {
      // A prefix of a valid sequence at the very end is incomplete.
      bool Prefix = true;
      for (std::size_t K = 1; K < Avail; ++K)
        Prefix &= (Bytes[I + K] & 0xC0) == 0x80;
      Truncated = Prefix;
      return I;
    }
    if (!C)
      return I;
    Out += *C;
    I += Len;
  }
  return I;
}

/// An input encoding of unicode:characters_to_binary/list.
enum class InputEncoding { Latin1, Utf8, Utf16Big, Utf16Little, Utf32Big, Utf32Little };

/// Reads UTF-16 or UTF-32 code units as `readUtf8` reads UTF-8. A partial
/// unit, or a high surrogate without its pair, at the very end is truncated.
std::size_t readWide(std::string_view Bytes, InputEncoding Enc, std::u32string &Out,
                     bool &Truncated) {
  Truncated = false;
  bool Little = Enc == InputEncoding::Utf16Little || Enc == InputEncoding::Utf32Little;
  std::size_t Unit = Enc == InputEncoding::Utf16Big || Enc == InputEncoding::Utf16Little ? 2 : 4;
  auto Read = [&](std::size_t At) {
    char32_t V = 0;
    for (std::size_t K = 0; K < Unit; ++K)
      V |= char32_t((unsigned char)Bytes[At + K]) << (8 * (Little ? K : Unit - 1 - K));
    return V;
  };
  std::size_t I = 0;
  while (I < Bytes.size()) {
    if (Bytes.size() - I < Unit) {
      Truncated = true;
      return I;
    }
    char32_t C = Read(I);
    if (Unit == 4) {
      if (C > 0x10FFFF || (C >= 0xD800 && C <= 0xDFFF))
        return I;
      Out.push_back(C);
      I += 4;
      continue;
    }
    if (C >= 0xDC00 && C <= 0xDFFF)
      return I;
    if (C >= 0xD800 && C <= 0xDBFF) {
      if (Bytes.size() - I < 4) {
        Truncated = true;
        return I;
      }
      char32_t Low = Read(I + 2);
      if (Low < 0xDC00 || Low > 0xDFFF)
        return I;
      Out.push_back(0x10000 + ((C - 0xD800) << 10) + (Low - 0xDC00));
      I += 4;
      continue;
    }
    Out.push_back(C);
    I += 2;
  }
  return I;
}

/// Walks chardata (nested lists of code points and binaries, binary tails)
/// iteratively, keeping the tails of the enclosing lists so the rest after a
/// bad element can be rebuilt as erl builds it: `[Inner | OuterTail]` per
/// level.
CharData readCharData(Process &P, Term Data, InputEncoding Enc) {
  bool Latin1 = Enc == InputEncoding::Latin1;
  // unicode.erl converts UTF-16/32 and wraps a bad code point as [[C] | Tail].
  bool Wide = !Latin1 && Enc != InputEncoding::Utf8;
  CharData R;
  std::vector<Term> Tails;
  Term Cur = Data;
  auto Fail = [&](Term Leaf, bool ExtraWrap) {
    R.Status = CharData::Error;
    for (std::size_t I = Tails.size(); I-- > 0;) {
      Term Tail = Tails[I];
      if (ExtraWrap && I + 1 == Tails.size())
        Tail = makeCons(P, Tail, Term::nil());
      Leaf = makeCons(P, Leaf, Tail);
    }
    R.Rest = Leaf;
  };
  for (;;) {
    if (Cur.isNil()) {
      if (Tails.empty())
        return R;
      Cur = Tails.back();
      Tails.pop_back();
      continue;
    }
    if (Cur.isBitstring()) {
      std::optional<std::string> Bytes = binaryBytes(Cur);
      if (!Bytes) {
        R.Status = CharData::Badarg;
        return R;
      }
      if (Latin1) {
        for (unsigned char B : *Bytes)
          R.Chars.push_back(B);
      } else {
        bool Truncated;
        std::size_t Used = Enc == InputEncoding::Utf8 ? readUtf8(*Bytes, R.Chars, Truncated)
                                                      : readWide(*Bytes, Enc, R.Chars, Truncated);
        if (Used < Bytes->size()) {
          Term Leaf = makeBinaryTerm(P, std::string_view(*Bytes).substr(Used));
          bool AtEnd = std::all_of(Tails.begin(), Tails.end(), [](Term T) { return T.isNil(); });
          if (Truncated && AtEnd) {
            R.Status = CharData::Incomplete;
            R.Rest = Leaf;
          } else {
            Fail(Leaf, Truncated);
          }
          return R;
        }
      }
      Cur = Term::nil();
      continue;
    }
    if (!Cur.isCons()) {
      R.Status = CharData::Badarg;
      return R;
    }
    Term H = Cur.head();
    if (H.isSmall()) {
      SWord C = H.smallValue();
      bool Valid = Latin1 ? (C >= 0 && C <= 255)
                          : (C >= 0 && C <= 0x10FFFF && !(C >= 0xD800 && C <= 0xDFFF));
      if (!Valid) {
        Fail(Wide ? makeCons(P, makeCons(P, H, Term::nil()), Cur.tail()) : Cur, false);
        return R;
      }
      R.Chars.push_back(char32_t(C));
      Cur = Cur.tail();
      continue;
    }
    if (H.isCons() || H.isNil() || H.isBitstring()) {
      Tails.push_back(Cur.tail());
      Cur = H;
      continue;
    }
    if (H.isInteger()) { // A bignum is a bad code point, not bad data.
      Fail(Wide ? makeCons(P, makeCons(P, H, Term::nil()), Cur.tail()) : Cur, false);
      return R;
    }
    R.Status = CharData::Badarg;
    return R;
  }
}

/// latin1, unicode, utf8, utf16 and utf32 (big by default), or
/// {utf16|utf32, big|little}.
std::optional<InputEncoding> readInputEncoding(Term Encoding) {
  if (Encoding == atomTerm(atoms::Latin1))
    return InputEncoding::Latin1;
  if (Encoding == atomTerm(atoms::Unicode) || Encoding == atomTerm(atoms::Utf8))
    return InputEncoding::Utf8;
  Term Name = Encoding, Endian = atomTerm(atoms::Big);
  if (Encoding.isTuple() && Encoding.tupleArity() == 2) {
    Name = Encoding.tupleElement(0);
    Endian = Encoding.tupleElement(1);
  }
  bool Little = Endian == atomTerm(atoms::Little);
  if (!Little && Endian != atomTerm(atoms::Big))
    return std::nullopt;
  if (Name == atomTerm(atoms::Utf16))
    return Little ? InputEncoding::Utf16Little : InputEncoding::Utf16Big;
  if (Name == atomTerm(atoms::Utf32))
    return Little ? InputEncoding::Utf32Little : InputEncoding::Utf32Big;
  return std::nullopt;
}

std::string toUtf8(std::u32string_view Chars) {
  std::string Out;
  for (char32_t C : Chars)
    appendUtf8(Out, C);
  return Out;
}

/// The shared shape of `unicode:characters_to_binary/2` and
/// `characters_to_list/2`: read `Args[0]` in the encoding `Args[1]`, build
/// the converted part with `Make`, and wrap it in `{error|incomplete, Done,
/// Rest}` when the input stopped early.
template <typename MakeFn> Term convertCharacters(Process &P, const Term *Args, MakeFn Make) {
  std::optional<InputEncoding> Enc = readInputEncoding(Args[1]);
  if (!Enc)
    return P.badarg();
  CharData R = readCharData(P, Args[0], *Enc);
  if (R.Status == CharData::Badarg)
    return P.badarg();
  Term Done = Make(P, R.Chars);
  if (R.Status == CharData::Ok)
    return Done;
  Term Tag = R.Status == CharData::Error ? atomTerm(atoms::Error) : atomTerm(atoms::Incomplete);
  return makeTuple3(P, Tag, Done, R.Rest);
}

} // namespace

namespace beamr::bifs {

Term unicode_characters_to_binary_2(Process &P, const Term *Args) {
  return convertCharacters(P, Args, [](Process &P, const std::u32string &Chars) {
    return makeBinaryTerm(P, toUtf8(Chars));
  });
}

Term unicode_characters_to_list_2(Process &P, const Term *Args) {
  return convertCharacters(P, Args, [](Process &P, const std::u32string &Chars) {
    return makeCodePointList(P, Chars);
  });
}

/// Anything but a binary is not 7-bit (unicode.erl passes chardata here).
Term unicode_bin_is_7bit_1(Process &, const Term *Args) {
  std::optional<std::string> Bytes =
      Args[0].isBitstring() ? binaryBytes(Args[0]) : std::nullopt;
  if (!Bytes)
    return boolTerm(false);
  for (unsigned char B : *Bytes)
    if (B >= 0x80)
      return boolTerm(false);
  return boolTerm(true);
}

Term list_to_binary_1(Process &P, const Term *Args) {
  if (!Args[0].isList())
    return P.badarg();
  std::string Bytes;
  return appendIolist(Bytes, Args[0]) ? makeBinaryTerm(P, Bytes) : P.badarg();
}

Term iolist_to_binary_1(Process &P, const Term *Args) {
  if (Args[0].isBitstring())
    return viewBitstring(Args[0]).isBinary() ? Args[0] : P.badarg();
  return list_to_binary_1(P, Args);
}

Term iolist_size_1(Process &P, const Term *Args) {
  std::string Bytes;
  if (!Args[0].isList() && !Args[0].isBitstring())
    return P.badarg();
  return appendIolist(Bytes, Args[0]) ? makeUnsigned(P, Bytes.size()) : P.badarg();
}

Term binary_to_list_1(Process &P, const Term *Args) {
  std::optional<std::string> Bytes = binaryBytes(Args[0]);
  return Bytes ? makeByteListTerm(P, *Bytes) : P.badarg();
}

Term binary_to_list_3(Process &P, const Term *Args) {
  std::optional<std::string> Bytes = binaryBytes(Args[0]);
  Term Start = Args[1], Stop = Args[2];
  if (!Bytes || !Start.isSmall() || !Stop.isSmall())
    return P.badarg();
  SWord From = Start.smallValue(), To = Stop.smallValue();
  if (From < 1 || To < From || std::size_t(To) > Bytes->size())
    return P.badarg();
  return makeByteListTerm(P, std::string_view(*Bytes).substr(From - 1, To - From + 1));
}

Term split_binary_2(Process &P, const Term *Args) {
  std::optional<std::string> Bytes = binaryBytes(Args[0]);
  Term N = Args[1];
  if (!Bytes || !N.isSmall() || N.smallValue() < 0 || std::size_t(N.smallValue()) > Bytes->size())
    return P.badarg();
  std::string_view V(*Bytes);
  return makeTuple2(P, makeBinaryTerm(P, V.substr(0, N.smallValue())),
                    makeBinaryTerm(P, V.substr(N.smallValue())));
}

/// binary_part(Bin, Start, Length): Length may be negative (counting back).
static Term binaryPart(Process &P, Term Bin, Term Start, Term Length) {
  std::optional<std::string> Bytes = binaryBytes(Bin);
  if (!Bytes || !Start.isSmall() || !Length.isSmall())
    return P.badarg();
  SWord S = Start.smallValue(), L = Length.smallValue();
  if (L < 0) {
    S += L;
    L = -L;
  }
  if (S < 0 || std::size_t(S + L) > Bytes->size())
    return P.badarg();
  return makeBinaryTerm(P, std::string_view(*Bytes).substr(S, L));
}

Term binary_part_2(Process &P, const Term *Args) {
  Term PosLen = Args[1];
  if (!PosLen.isTuple() || PosLen.tupleArity() != 2)
    return P.badarg();
  return binaryPart(P, Args[0], PosLen.tupleElement(0), PosLen.tupleElement(1));
}

Term binary_part_3(Process &P, const Term *Args) {
  return binaryPart(P, Args[0], Args[1], Args[2]);
}

Term byte_size_1(Process &P, const Term *Args) {
  if (!Args[0].isBitstring())
    return P.badarg();
  return makeUnsigned(P, (viewBitstring(Args[0]).BitSize + 7) / 8);
}

Term bit_size_1(Process &P, const Term *Args) {
  if (!Args[0].isBitstring())
    return P.badarg();
  return makeUnsigned(P, viewBitstring(Args[0]).BitSize);
}

} // namespace beamr::bifs

//===-- bitstrings and iovecs ---------------------------------------------===//

namespace {

/// Bits appended one piece at a time, MSB first.
struct BitBuffer {
  std::string Bytes;
  Word BitSize = 0;
  void appendByte(unsigned char B) { appendBits(B, 8); }
  /// Appends the low `N` (<= 8) bits of `V`.
  void appendBits(unsigned V, unsigned N) {
    for (unsigned I = N; I-- > 0;) {
      if (BitSize % 8 == 0)
        Bytes.push_back(0);
      if ((V >> I) & 1)
        Bytes.back() = char((unsigned char)Bytes.back() | (0x80 >> (BitSize % 8)));
      ++BitSize;
    }
  }
  void appendBitstring(Term Bits) {
    BitstringView V = viewBitstring(Bits);
    for (Word I = 0; I < V.BitSize / 8; ++I)
      appendByte(V.byteAt(I));
    if (unsigned Rest = V.BitSize % 8)
      appendBits(V.byteAt(V.BitSize / 8) >> (8 - Rest), Rest);
  }
};

/// Appends a list of bytes, bitstrings and such lists (with a bitstring or
/// nil tail) to `Out`; false if `List` is not one.
bool appendBitList(BitBuffer &Out, Term List) {
  std::vector<Term> Pending{List};
  while (!Pending.empty()) {
    Term T = Pending.back();
    Pending.pop_back();
    if (T.isNil())
      continue;
    if (T.isBitstring()) {
      Out.appendBitstring(T);
      continue;
    }
    if (!T.isCons())
      return false;
    Term H = T.head();
    Pending.push_back(T.tail());
    if (H.isSmall()) {
      if (H.smallValue() < 0 || H.smallValue() > 255)
        return false;
      Out.appendByte((unsigned char)H.smallValue());
    } else if (H.isCons() || H.isNil() || H.isBitstring()) {
      Pending.push_back(H);
    } else {
      return false;
    }
  }
  return true;
}

} // namespace

namespace beamr::bifs {

Term bitstring_to_list_1(Process &P, const Term *Args) {
  if (!Args[0].isBitstring())
    return P.badarg();
  BitstringView V = viewBitstring(Args[0]);
  Term Tail = Term::nil();
  if (unsigned Rest = V.BitSize % 8) {
    unsigned char Last = V.byteAt(V.BitSize / 8) & (0xFF << (8 - Rest));
    Tail = makeCons(P, makeBitstring(P, std::span<const unsigned char>(&Last, 1), Rest), Term::nil());
  }
  std::string Bytes;
  for (Word I = 0; I < V.BitSize / 8; ++I)
    Bytes.push_back(char(V.byteAt(I)));
  return makeByteListTerm(P, Bytes, Tail);
}

Term list_to_bitstring_1(Process &P, const Term *Args) {
  BitBuffer Out;
  if (!Args[0].isList() || !appendBitList(Out, Args[0]))
    return P.badarg();
  return makeBitstring(P,
                       std::span<const unsigned char>(
                           reinterpret_cast<const unsigned char *>(Out.Bytes.data()), Out.Bytes.size()),
                       Out.BitSize);
}

Term iolist_to_iovec_1(Process &P, const Term *Args) {
  std::string Bytes;
  if (Args[0].isBitstring()) {
    if (!viewBitstring(Args[0]).isBinary())
      return P.badarg();
  } else if (!Args[0].isList()) {
    return P.badarg();
  }
  if (!appendIolist(Bytes, Args[0]))
    return P.badarg();
  if (Bytes.empty())
    return Term::nil();
  return makeCons(P, makeBinaryTerm(P, Bytes), Term::nil());
}

} // namespace beamr::bifs

namespace beamr::bifs {

Term term_to_binary_1(Process &P, const Term *Args);
Term term_to_binary_2(Process &P, const Term *Args);

/// erl splits out large binaries as their own elements; one element holding
/// the whole encoding is an equally valid iovec.
Term term_to_iovec_1(Process &P, const Term *Args) {
  Term Bin = term_to_binary_1(P, Args);
  return Bin == NoValue ? NoValue : makeCons(P, Bin, Term::nil());
}

Term term_to_iovec_2(Process &P, const Term *Args) {
  Term Bin = term_to_binary_2(P, Args);
  return Bin == NoValue ? NoValue : makeCons(P, Bin, Term::nil());
}

/// erlang:decode_packet/3 for the packet types of plain streams: `raw` (0),
/// big-endian length headers of 1, 2 or 4 bytes, and `line`, with the
/// `packet_size` and `line_length` options. The protocol parsers (`http`,
/// `httph`, `asn1`, `cdr`, `sunrm`, `fcgi`, `tpkt` and the `_bin` forms)
/// are not implemented and raise badarg.
Term decode_packet_3(Process &P, const Term *Args) {
  Term Type = Args[0];
  std::optional<std::string> Bytes = Args[1].isBitstring() ? binaryBytes(Args[1]) : std::nullopt;
  std::optional<std::vector<Term>> Opts = listElements(Args[2]);
  if (!Bytes || !Opts)
    return P.badarg();
  std::size_t PacketSize = 0, LineLength = 0;
  for (Term O : *Opts) {
    if (!O.isTuple() || O.tupleArity() != 2 || !O.tupleElement(1).isSmall() ||
        O.tupleElement(1).smallValue() < 0)
      return P.badarg();
    if (O.tupleElement(0) == internAtom("packet_size"))
      PacketSize = std::size_t(O.tupleElement(1).smallValue());
    else if (O.tupleElement(0) == internAtom("line_length"))
      LineLength = std::size_t(O.tupleElement(1).smallValue());
    else
      return P.badarg();
  }
  const std::string &B = *Bytes;
  Term More = makeTuple2(P, internAtom("more"), internAtom("undefined"));
  auto Ok = [&](std::size_t Start, std::size_t Len) {
    return makeTuple3(P, atomTerm(atoms::Ok), makeBinaryTerm(P, std::string_view(B).substr(Start, Len)),
                      makeBinaryTerm(P, std::string_view(B).substr(Start + Len)));
  };
  int Header = Type == internAtom("raw") || Type == Term::small(0) ? 0
               : Type == Term::small(1) ? 1
               : Type == Term::small(2) ? 2
               : Type == Term::small(4) ? 4
               : Type == internAtom("line") ? -1
                                             : -2;
  if (Header == -2)
    return P.badargCause(internAtom("badopt"));
  if (Header == 0)
    return B.empty() ? More : Ok(0, B.size());
  if (Header == -1) {
    std::size_t Nl = B.find('\n');
    std::size_t Limit = LineLength ? LineLength : PacketSize;
    if (Nl == std::string::npos) {
      if (Limit && B.size() >= Limit)
        return Ok(0, Limit);
      return More;
    }
    return Ok(0, Limit && Nl + 1 > Limit ? Limit : Nl + 1);
  }
  if (B.size() < std::size_t(Header))
    return More;
  std::size_t Len = 0;
  for (int K = 0; K < Header; ++K)
    Len = Len << 8 | static_cast<unsigned char>(B[std::size_t(K)]);
  if (PacketSize && Len > PacketSize)
    return makeTuple2(P, atomTerm(atoms::Error), internAtom("invalid"));
  if (B.size() < std::size_t(Header) + Len)
    return makeTuple2(P, internAtom("more"), makeUnsigned(P, Header + Len));
  return Ok(std::size_t(Header), Len);
}

} // namespace beamr::bifs
