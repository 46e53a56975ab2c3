//===- beamr/Interp/Interpreter.h - The threaded-code loop ------*- C++ -*-===//
///
/// \file
/// `interpret` runs one process until it uses its reductions, waits in
/// `receive` or exits. Handler addresses for the translator come from
/// `handlerFor`. Instructions that exist only in loaded code (never in a
/// .beam) are listed in `InternalOp`.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_INTERP_INTERPRETER_H
#define BEAMR_INTERP_INTERPRETER_H

#include "beamr/Loader/Opcode.h"
#include "beamr/Runtime/Process.h"

#include <atomic>
#include <chrono>
#include <cstdint>

namespace beamr {

struct Export;

/// Loaded-code-only instructions, numbered after the generic opcodes.
enum class InternalOp : unsigned {
  FuncEntry = MaxKnownOpcode + 1, ///< Counts a call: operand is a counter pointer.
  NormalExit,                     ///< The bottom continuation of every process.
  ApplyEntry,                     ///< Starts a process: apply x0 (fun) to args.
  CallErrorHandler,               ///< Unused placeholder for trapping.
  // Specialised forms of hot generic instructions, chosen at load time from
  // their operands (LoadedModule.cpp). Each keeps the generic instruction's
  // operand words and falls back to its generic handler for every case its
  // fast path does not cover, so semantics live in one place.
  MoveXX, ///< move x(A) x(B)
  MoveXY, ///< move x(A) y(B)
  MoveYX, ///< move y(A) x(B)
  MoveCX, ///< move Constant x(B)
  GcAddRC, ///< gc_bif2 erlang:'+'/2 of a register and a small literal
  GcSubRC, ///< gc_bif2 erlang:'-'/2 of a register and a small literal
  GcAdd,  ///< gc_bif2 erlang:'+'/2 on small integers
  GcSub,  ///< gc_bif2 erlang:'-'/2
  GcMul,  ///< gc_bif2 erlang:'*'/2
  GcBand, ///< gc_bif2 erlang:'band'/2
  GcBor,  ///< gc_bif2 erlang:'bor'/2
  GcBsr,  ///< gc_bif2 erlang:'bsr'/2
  GcRem,  ///< gc_bif2 erlang:'rem'/2
  GcDiv,  ///< gc_bif2 erlang:'div'/2
  BifElement, ///< bif2 erlang:element/2
  IsLtXX,     ///< is_lt Fail x(A) x(B)
  IsLtXC,     ///< is_lt Fail x(A) SmallInteger
  IsLtCX,     ///< is_lt Fail SmallInteger x(B)
  IsGeXX,     ///< is_ge Fail x(A) x(B)
  IsGeXC,     ///< is_ge Fail x(A) SmallInteger
  IsGeCX,     ///< is_ge Fail SmallInteger x(B)
  FuncEntryTraced, ///< func_entry that also prints the call (BEAMR_TRACE_CALLS)
  // Fused forms: one dispatch where the generic code takes two.
  CallCounted,     ///< call Arity Entry, Entry just past the callee's func_entry
  CallLastCounted, ///< call_last Arity Entry N, likewise
  CallOnlyCounted, ///< call_only Arity Entry, likewise
  DeallocateReturn, ///< deallocate N + return
  // Two register moves, Src1 Dst1 Src2 Dst2, one handler per kinds of the
  // four registers (x or y) in that order: no x/y select.
  MovePairXXXX, MovePairXXXY, MovePairXXYX, MovePairXXYY,
  MovePairXYXX, MovePairXYXY, MovePairXYYX, MovePairXYYY,
  MovePairYXXX, MovePairYXXY, MovePairYXYX, MovePairYXYY,
  MovePairYYXX, MovePairYYXY, MovePairYYYX, MovePairYYYY,
  MoveReturn,      ///< move Src Dst + return
  TestHeapPutList, ///< test_heap Need Live + put_list Head Tail Dst
  IsNonemptyGetList, ///< is_nonempty_list Fail Src + get_list Src Head Tail
  IsNonemptyGetListXXX, ///< IsNonemptyGetList, all x registers
  GetListXXX,      ///< get_list x(A) x(B) x(C)
  GetTupleElementXX, ///< get_tuple_element x(A) N x(B)
  /// Two get_tuple_element of one tuple, the first not overwriting it.
  GetTupleElementPair,
  GetTupleElementPairXX, ///< GetTupleElementPair, all x registers
  /// loop_rec_end whose target is a loop_rec or LoopRecFiltered (operand:
  /// that instruction): the next message is fetched without dispatching it.
  LoopRecEndNext,
  /// loop_rec Fail Filter: x0 the destination, `Filter` a `ReceiveFilter`;
  /// messages that fail it are skipped without running the body.
  LoopRecFiltered,
  // More specialised forms (see MoveXX above).
  FmoveToFloat,   ///< fmove x/y/literal to fr(N): unbox
  FmoveFromFloat, ///< fmove fr(N) to x/y: box
  IsEqExactImm,   ///< is_eq_exact Fail A B, one of them an immediate literal
  IsNeExactImm,   ///< is_ne_exact Fail A B, likewise
  DirtyCall,      ///< Calls `RunState::DirtyBif` (on the dirty pool), then yields
  HibernateWait,  ///< Waits for a message, then calls `RunState::HibernateTarget`
  Count
};

/// The handler address of a generic opcode or an `InternalOp`.
Word handlerFor(unsigned Op);
/// BEAMR_TRACE_CALLS=1: every function entry prints its name (debugging).
bool traceCalls();

/// Why `interpret` returned. `Dirty`: the process is about to call a BIF
/// that may block (`Export::Dirty`) and must continue on the dirty pool,
/// which runs just that call (`RunState::OnDirty`) and yields.
enum class RunOutcome { Yield, Wait, Exit, Dirty };

/// What a process needs to be resumed, kept by the scheduler.
struct RunState {
  const Word *IP = nullptr;       ///< Where to continue.
  /// The slice's reductions left when `interpret` returned (below zero
  /// after a receive that scanned past its budget).
  SWord RedsLeft = 0;
  Term ExitReason;                ///< After `Exit`.
  /// X registers live at `IP` after `Yield` or `Wait` (the scheduler parks
  /// them; a receive has none, a hibernation its wake-up call's arguments).
  unsigned LiveX = 0;
  /// Set by any thread (an exit signal, a BIF asking to yield): the process
  /// gives up the processor at its next remote call.
  std::atomic<bool> YieldRequested{false};
  /// The blocking BIF to call on the dirty pool after `Dirty`, where to go
  /// after it (null: return to CP) and the call instruction (stack traces).
  Export *DirtyBif = nullptr;
  const Word *DirtyNext = nullptr;
  const Word *DirtySite = nullptr;
  /// erlang:hibernate/3's M:F/A, called when a message arrives.
  Export *HibernateTarget = nullptr;
  /// The process runs on a dirty-pool thread: blocking BIFs are called.
  bool OnDirty = false;
  /// A `receive ... after` timer: armed by the first `wait_timeout` of a
  /// receive, kept across re-waits, cleared when a message is taken or the
  /// timeout clause runs. The scheduler sets `TimedOut` when it expires.
  bool TimerActive = false;
  bool TimedOut = false;
  /// The receive's timeout was `infinity` (read, like a deadline, once).
  bool WaitForever = false;
  std::chrono::steady_clock::time_point Deadline;
};

/// Runs `P` from `S.IP` with `Reductions` to spend.
RunOutcome interpret(Process &P, RunState &S, SWord Reductions);

/// Where a hibernating process waits (process_info reports
/// `{erlang, hibernate, 3}` there).
const Word *hibernateWaitAddress();
/// The bottom continuation pointer every new process gets.
const Word *normalExitAddress();
/// Code that applies the fun in x(Arity) to x(0..Arity): `ApplyEntry Arity`.
/// (The first `handlerFor` sets up these addresses; call it before threads
/// start.)
const Word *applyEntryAddress(unsigned Arity);

} // namespace beamr

#endif // BEAMR_INTERP_INTERPRETER_H
