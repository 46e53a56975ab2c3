//===- beamr/Runtime/Mailbox.h - A process's message queue ------*- C++ -*-===//
///
/// \file
/// Every process has a `Mailbox`. Messages reach it in two stages, as in ERTS:
///
///  * The *incoming* queue takes messages from any thread. It is a lock-free
///    stack (one atomic head, `push` is a compare-and-swap loop); the owner
///    takes the whole stack with one exchange and reverses it, so messages
///    keep the order in which their pushes took effect, and in particular
///    each sender's messages stay in the order it sent them.
///  * The *private* queue belongs to the owning process alone. `receive`
///    works on it: a cursor (ERTS's save pointer) walks it, the current
///    message can be removed, and receive markers remember a position so a
///    `receive` that matches a fresh reference skips every older message.
///
/// A message is a term copied by the sender into a `HeapFragment` the sender
/// allocates (decision 3 of ARCHITECTURE.md: never into the receiver's heap),
/// together with the off-heap list of the refc binaries the copy names. While
/// queued the message is outside the receiver's heap: the collector neither
/// sees nor moves it. `remove` hands the fragment and its off-heap list to
/// the receiving process, whose next collection absorbs them.
///
/// The private-queue operations and everything in `Message` are for the
/// owning process's thread only; `push`/`send` may be called from anywhere.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_RUNTIME_MAILBOX_H
#define BEAMR_RUNTIME_MAILBOX_H

#include "beamr/Term/Term.h"

#include <array>
#include <atomic>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace beamr {

struct HeapFragment;
class Process;

/// One queued message.
struct Message {
  Message *Next = nullptr; ///< Incoming stack, then private queue order.
  Message *Prev = nullptr; ///< Private queue only.
  Term Payload;
  /// Holds the boxed and cons words of `Payload`; null for an immediate.
  HeapFragment *Fragment = nullptr;
  /// Refc binaries of the copy, linked through `ProcBin::NextOffHeap`.
  Word *OffHeap = nullptr;

  /// Copies `T` into a fresh fragment (one `malloc`; aborts when memory is
  /// exhausted, as erl does).
  static Message *create(Term T);
  /// Frees the fragment and releases the refc binaries of an unreceived
  /// message.
  static void destroy(Message *M);
};

class Mailbox {
public:
  /// Receive markers alive at once; reserving more recycles the oldest (ERTS
  /// keeps two).
  static constexpr unsigned MaxMarkers = 4;

  Mailbox() = default;
  Mailbox(const Mailbox &) = delete;
  Mailbox &operator=(const Mailbox &) = delete;
  ~Mailbox();

  /// Any thread: queues `M` (takes ownership).
  void push(Message *M);
  /// Any thread: copies `T` and queues the copy.
  void send(Term T) { push(Message::create(T)); }
  /// Messages queued (incoming ones included). Any thread: exact while no
  /// send to or receive by the owner is under way (process_info asks from
  /// other processes' threads).
  std::size_t length() const { return Count.load(std::memory_order_relaxed); }

  // Owner only.
  /// The message at the cursor, or null when the cursor is past the last
  /// message (after moving newly arrived messages in). Inline, as is
  /// `advance`: a receive that skips messages calls both for each.
  Message *peek() {
    if (Message *M = current()) [[likely]]
      return M;
    return peekIncoming();
  }
  /// Moves the cursor past the current message. Requires `peek() != null`.
  void advance() {
    Message *M = current();
    assert(M && "advance past the end of the mailbox");
    CursorPrev = M;
  }
  /// Unlinks the current message and returns it (the caller owns it); the
  /// cursor goes back to the first message. Null if there is none.
  Message *removeCurrent();
  /// Puts the cursor on the first message.
  void resetCursor() { CursorPrev = nullptr; }
  /// The first message of the private queue (after moving incoming in);
  /// walk it with `Message::Next`.
  Message *first();

  /// `recv_marker_reserve`: remembers the current end of the queue and
  /// returns a marker id (a small non-negative number).
  unsigned reserveMarker();
  /// `recv_marker_bind`: ties marker `Id` to the reference with `RefIds`.
  void bindMarker(unsigned Id, const Word *RefIds, std::size_t Count);
  /// `recv_marker_use`: puts the cursor on the first message queued after
  /// the marker bound to the reference was reserved. Unknown refs are
  /// ignored (the receive then scans from the start, which is still right).
  void useMarker(const Word *RefIds, std::size_t Count);
  /// `recv_marker_clear`.
  void clearMarker(const Word *RefIds, std::size_t Count);

private:
  struct Marker {
    bool InUse = false;
    bool Bound = false;
    unsigned Id = 0;
    Message *Last = nullptr; ///< Last message when reserved; null: start.
    std::uint8_t RefCount = 0;
    Word Ref[5] = {};
  };
  void takeIncoming();
  /// `peek` past the end of the private queue: takes the incoming messages.
  Message *peekIncoming();
  Message *current() const { return CursorPrev ? CursorPrev->Next : Head; }
  Marker *findMarker(const Word *RefIds, std::size_t Count);

  // What senders touch comes first, so that it shares a cache line with the
  // fields of `Process` a send reads (see `Process::Pid`).
  std::atomic<Message *> Incoming{nullptr};
  /// Counted by `push` before the message is visible and uncounted by
  /// `removeCurrent`, so it never drops below the messages queued.
  std::atomic<std::size_t> Count{0};
  Message *Head = nullptr, *Tail = nullptr;
  /// The message before the cursor; null: the cursor is on `Head`. Keeping
  /// the predecessor makes messages that arrive later visible to a cursor
  /// that had reached the end.
  Message *CursorPrev = nullptr;
  /// Allocated by the first `reserveMarker`: most processes never use one,
  /// and a million waiting processes should not carry them.
  std::unique_ptr<std::array<Marker, MaxMarkers>> Markers;
  unsigned NextMarkerId = 0;
};

// The receive instructions' view of a process's mailbox. Their signatures
// are those of the scheduler's `MailboxOps` hooks, so the boot code fills
// them in directly (see docs/Runtime.md, "Processes").

/// The current message's term, or `NoValue` at the end of the queue.
Term mailboxPeek(Process &P);
void mailboxAdvance(Process &P);
/// Removes the current message; its fragment and off-heap list join `P`'s.
void mailboxRemove(Process &P);
void mailboxResetCursor(Process &P);
/// Returns the marker as a small integer.
Term mailboxReserveMarker(Process &P);
void mailboxBindMarker(Process &P, Term Marker, Term Ref);
void mailboxUseMarker(Process &P, Term Ref);
void mailboxClearMarker(Process &P, Term Ref);

} // namespace beamr

#endif // BEAMR_RUNTIME_MAILBOX_H
