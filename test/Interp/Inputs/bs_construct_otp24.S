%% bs_construct_otp24.erl as an OTP 24 compiler emits it: binaries are made
%% by bs_init2/bs_init_bits/bs_append and filled by bs_put_* (sizes computed
%% with bs_add and bs_utf8_size/bs_utf16_size). Assembled by utils/beam-asm.
{module, bs_construct_otp24}.  %% version = 0

{exports, [{module_info,0},{module_info,1},{start,0}]}.

{attributes, []}.

{labels, 21}.

%% build(A, B, Rest) -> <<A:8, B:16/little, Rest/binary, "ok", 1.5:32/float>>.
{function, build, 3, 2}.
  {label,1}.
    {func_info,{atom,bs_construct_otp24},{atom,build},3}.
  {label,2}.
    {gc_bif,byte_size,{f,0},3,[{x,2}],{x,3}}.
    {bs_add,{f,0},[{x,3},{integer,9},1],{x,3}}.
    {bs_init2,{f,0},{x,3},0,4,{field_flags,[]},{x,3}}.
    {bs_put_integer,{f,0},{integer,8},1,{field_flags,[unsigned,big]},{x,0}}.
    {bs_put_integer,{f,0},{integer,16},1,{field_flags,[unsigned,little]},{x,1}}.
    {bs_put_binary,{f,0},{atom,all},8,{field_flags,[unsigned,big]},{x,2}}.
    {bs_put_string,2,{string,<<"ok">>}}.
    {bs_put_float,{f,0},{integer,32},1,{field_flags,[big]},{float,1.5}}.
    {move,{x,3},{x,0}}.
    return.

%% append(N, Acc): <<Acc/binary, N:8>> in a loop.
{function, append, 2, 4}.
  {label,3}.
    {func_info,{atom,bs_construct_otp24},{atom,append},2}.
  {label,4}.
    {test,is_eq_exact,{f,5},[{x,0},{integer,0}]}.
    {move,{x,1},{x,0}}.
    return.
  {label,5}.
    {bs_append,{f,0},{integer,8},0,2,8,{x,1},{field_flags,[]},{x,1}}.
    {bs_put_integer,{f,0},{integer,8},1,{field_flags,[unsigned,big]},{x,0}}.
    {gc_bif,'-',{f,0},2,[{x,0},{integer,1}],{x,0}}.
    {call_only,2,{f,4}}.

%% bits(X, Bin) -> <<X:3, Bin/bitstring, X:5/signed>>.
{function, bits, 2, 7}.
  {label,6}.
    {func_info,{atom,bs_construct_otp24},{atom,bits},2}.
  {label,7}.
    {gc_bif,bit_size,{f,0},2,[{x,1}],{x,2}}.
    {bs_add,{f,0},[{x,2},{integer,8},1],{x,2}}.
    {bs_init_bits,{f,0},{x,2},0,3,{field_flags,[]},{x,2}}.
    {bs_put_integer,{f,0},{integer,3},1,{field_flags,[unsigned,big]},{x,0}}.
    {bs_put_binary,{f,0},{atom,all},1,{field_flags,[unsigned,big]},{x,1}}.
    {bs_put_integer,{f,0},{integer,5},1,{field_flags,[signed,big]},{x,0}}.
    {move,{x,2},{x,0}}.
    return.

%% utf(C) -> {<<C/utf8, C/utf16, C/utf32-little>>, byte_size(<<C/utf8>>)}.
{function, utf, 1, 9}.
  {label,8}.
    {func_info,{atom,bs_construct_otp24},{atom,utf},1}.
  {label,9}.
    {bs_utf8_size,{f,0},{x,0},{x,1}}.
    {bs_utf16_size,{f,0},{x,0},{x,2}}.
    {bs_add,{f,0},[{x,1},{x,2},1],{x,3}}.
    {bs_add,{f,0},[{x,3},{integer,4},1],{x,3}}.
    {bs_init2,{f,0},{x,3},0,4,{field_flags,[]},{x,3}}.
    {bs_put_utf8,{f,0},{field_flags,[]},{x,0}}.
    {bs_put_utf16,{f,0},{field_flags,[big]},{x,0}}.
    {bs_put_utf32,{f,0},{field_flags,[little]},{x,0}}.
    {test_heap,3,4}.
    {put_tuple2,{x,0},{list,[{x,3},{x,1}]}}.
    return.

{function, start, 0, 11}.
  {label,10}.
    {func_info,{atom,bs_construct_otp24},{atom,start},0}.
  {label,11}.
    {allocate,8,0}.
    {move,{literal,<<"rest">>},{x,2}}.
    {move,{integer,770},{x,1}}.
    {move,{integer,1},{x,0}}.
    {call,3,{f,2}}.
    {move,{x,0},{y,0}}.
    {move,{literal,<<"acc">>},{x,1}}.
    {move,{integer,5},{x,0}}.
    {call,2,{f,4}}.
    {move,{x,0},{y,1}}.
    {move,{literal,<<1:4>>},{x,1}}.
    {move,{integer,5},{x,0}}.
    {call,2,{f,7}}.
    {move,{x,0},{y,2}}.
    {move,{integer,97},{x,0}}.
    {call,1,{f,9}}.
    {move,{x,0},{y,3}}.
    {move,{integer,1114111},{x,0}}.
    {call,1,{f,9}}.
    {move,{x,0},{y,4}}.
    {'catch',{y,7},{f,12}}.
    {move,{literal,<<>>},{x,2}}.
    {move,{integer,1},{x,1}}.
    {move,{atom,a},{x,0}}.
    {call,3,{f,2}}.
  {label,12}.
    {catch_end,{y,7}}.
    {move,{x,0},{y,5}}.
    {'catch',{y,7},{f,13}}.
    {move,{literal,<<1:3>>},{x,2}}.
    {move,{integer,1},{x,1}}.
    {move,{integer,1},{x,0}}.
    {call,3,{f,2}}.
  {label,13}.
    {catch_end,{y,7}}.
    {move,{x,0},{y,6}}.
    {'catch',{y,7},{f,14}}.
    {move,{integer,-1},{x,0}}.
    {call,1,{f,9}}.
  {label,14}.
    {catch_end,{y,7}}.
    {test_heap,16,1}.
    {put_list,{x,0},nil,{x,0}}.
    {put_list,{y,6},{x,0},{x,0}}.
    {put_list,{y,5},{x,0},{x,0}}.
    {put_list,{y,4},{x,0},{x,0}}.
    {put_list,{y,3},{x,0},{x,0}}.
    {put_list,{y,2},{x,0},{x,0}}.
    {put_list,{y,1},{x,0},{x,0}}.
    {put_list,{y,0},{x,0},{x,0}}.
    {deallocate,8}.
    return.

{function, module_info, 0, 18}.
  {label,17}.
    {func_info,{atom,bs_construct_otp24},{atom,module_info},0}.
  {label,18}.
    {move,{atom,bs_construct_otp24},{x,0}}.
    {call_ext_only,1,{extfunc,erlang,get_module_info,1}}.

{function, module_info, 1, 20}.
  {label,19}.
    {func_info,{atom,bs_construct_otp24},{atom,module_info},1}.
  {label,20}.
    {move,{x,0},{x,1}}.
    {move,{atom,bs_construct_otp24},{x,0}}.
    {call_ext_only,2,{extfunc,erlang,get_module_info,2}}.
