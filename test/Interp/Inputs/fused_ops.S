%% Instruction sequences that beamr-jit's loader fuses into one handler
%% (get_tuple_element pairs, loop_rec_end going back to loop_rec), and the
%% one it must not fuse: a get_tuple_element that overwrites the tuple's
%% register, so the next one reads the new value. Assembled by erlc.
{module, fused_ops}.  %% version = 0

{exports, [{clobber,1},{module_info,0},{module_info,1},{pick,0},{triple,1},{ypair,1}]}.

{attributes, []}.

{labels, 17}.

%% clobber({{A, B}, C}) -> {{A, B}, B}: the second read is of {A, B}.
{function, clobber, 1, 2}.
  {label,1}.
    {func_info,{atom,fused_ops},{atom,clobber},1}.
  {label,2}.
    {get_tuple_element,{x,0},0,{x,0}}.
    {get_tuple_element,{x,0},1,{x,1}}.
    {test_heap,3,2}.
    {put_tuple2,{x,0},{list,[{x,0},{x,1}]}}.
    return.

%% triple({A, B, C}) -> [C, B, A], each read into an x register.
{function, triple, 1, 4}.
  {label,3}.
    {func_info,{atom,fused_ops},{atom,triple},1}.
  {label,4}.
    {get_tuple_element,{x,0},0,{x,1}}.
    {get_tuple_element,{x,0},1,{x,2}}.
    {get_tuple_element,{x,0},2,{x,3}}.
    {test_heap,6,4}.
    {put_list,{x,1},nil,{x,1}}.
    {put_list,{x,2},{x,1},{x,1}}.
    {put_list,{x,3},{x,1},{x,0}}.
    return.

%% ypair({A, B}) -> {B, A}, read into y registers across a call.
{function, ypair, 1, 6}.
  {label,5}.
    {func_info,{atom,fused_ops},{atom,ypair},1}.
  {label,6}.
    {allocate,2,1}.
    {get_tuple_element,{x,0},0,{y,0}}.
    {get_tuple_element,{x,0},1,{y,1}}.
    {call_ext,0,{extfunc,erlang,self,0}}.
    {test_heap,3,0}.
    {put_tuple2,{x,0},{list,[{y,1},{y,0}]}}.
    {deallocate,2}.
    return.

%% pick() -> the X of the first {want, X} in the mailbox, skipping others.
{function, pick, 0, 8}.
  {label,7}.
    {func_info,{atom,fused_ops},{atom,pick},0}.
  {label,8}.
    {loop_rec,{f,10},{x,0}}.
    {test,is_tagged_tuple,{f,9},[{x,0},2,{atom,want}]}.
    remove_message.
    {get_tuple_element,{x,0},1,{x,0}}.
    return.
  {label,9}.
    {loop_rec_end,{f,8}}.
  {label,10}.
    {wait,{f,8}}.

{function, module_info, 0, 12}.
  {label,11}.
    {func_info,{atom,fused_ops},{atom,module_info},0}.
  {label,12}.
    {move,{atom,fused_ops},{x,0}}.
    {call_ext_only,1,{extfunc,erlang,get_module_info,1}}.

{function, module_info, 1, 14}.
  {label,13}.
    {func_info,{atom,fused_ops},{atom,module_info},1}.
  {label,14}.
    {move,{x,0},{x,1}}.
    {move,{atom,fused_ops},{x,0}}.
    {call_ext_only,2,{extfunc,erlang,get_module_info,2}}.
