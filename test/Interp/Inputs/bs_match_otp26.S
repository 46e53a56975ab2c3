%% bs_match_otp26.erl as an OTP 26+ compiler emits it: every match is one
%% bs_match instruction (commands written flattened, as they are encoded in
%% the Code chunk). Assembled by utils/beam-asm. The clauses try, in order:
%%   <<"GIF", V:3/binary, _/binary>>      ('=:=' on 24 bits, then a binary)
%%   <<X:32/signed-little>>               (ensure_exactly)
%%   <<_:4, X:4, _:8, Y:8>>               (skip)
%%   <<Big:72>>                           (an integer beyond 64 bits)
%%   <<A:8, B:16/little, C:4, D:4/signed, Rest/binary>>  (get_tail)
%% and update/1 is a record update, OTP 26's update_record.
{module, bs_match_otp26}.  %% version = 0

{exports, [{module_info,0},{module_info,1},{start,0}]}.

{attributes, []}.

{labels, 19}.

{function, parse, 1, 2}.
  {label,1}.
    {func_info,{atom,bs_match_otp26},{atom,parse},1}.
  {label,2}.
    {bs_start_match4,{atom,no_fail},1,{x,0},{x,0}}.
    {bs_get_position,{x,0},{x,1},1}.
    {bs_match,{f,3},{x,0},
        {list,[{atom,ensure_at_least},48,8,
               {atom,'=:='},nil,24,4671814,
               {atom,binary},2,{literal,[]},3,8,{x,2}]}}.
    {test_heap,3,3}.
    {put_tuple2,{x,0},{list,[{atom,gif},{x,2}]}}.
    return.
  {label,3}.
    {bs_set_position,{x,0},{x,1}}.
    {bs_match,{f,4},{x,0},
        {list,[{atom,ensure_exactly},32,
               {atom,integer},2,{literal,[signed,little]},32,1,{x,2}]}}.
    {test_heap,3,3}.
    {put_tuple2,{x,0},{list,[{atom,int32},{x,2}]}}.
    return.
  {label,4}.
    {bs_set_position,{x,0},{x,1}}.
    {bs_match,{f,5},{x,0},
        {list,[{atom,ensure_exactly},24,
               {atom,skip},4,
               {atom,integer},2,{literal,[]},4,1,{x,2},
               {atom,skip},8,
               {atom,integer},3,{literal,[]},8,1,{x,3}]}}.
    {test_heap,4,4}.
    {put_tuple2,{x,0},{list,[{atom,skipped},{x,2},{x,3}]}}.
    return.
  {label,5}.
    {bs_set_position,{x,0},{x,1}}.
    {bs_match,{f,6},{x,0},
        {list,[{atom,ensure_exactly},72,
               {atom,integer},2,{literal,[]},72,1,{x,2}]}}.
    {test_heap,3,3}.
    {put_tuple2,{x,0},{list,[{atom,big},{x,2}]}}.
    return.
  {label,6}.
    {bs_set_position,{x,0},{x,1}}.
    {bs_match,{f,7},{x,0},
        {list,[{atom,ensure_at_least},32,8,
               {atom,integer},2,{literal,[]},8,1,{x,2},
               {atom,integer},3,{literal,[little]},16,1,{x,3},
               {atom,integer},4,{literal,[]},4,1,{x,4},
               {atom,integer},5,{literal,[signed]},4,1,{x,5},
               {atom,get_tail},6,8,{x,6}]}}.
    {test_heap,6,7}.
    {put_tuple2,{x,0},{list,[{x,2},{x,3},{x,4},{x,5},{x,6}]}}.
    return.
  {label,7}.
    {move,{atom,nomatch},{x,0}}.
    return.

%% run([B | Bs]) -> [parse(B) | run(Bs)]; run([]) -> [].
{function, run, 1, 9}.
  {label,8}.
    {func_info,{atom,bs_match_otp26},{atom,run},1}.
  {label,9}.
    {test,is_nonempty_list,{f,10},[{x,0}]}.
    {allocate,1,1}.
    {get_list,{x,0},{x,0},{y,0}}.
    {call,1,{f,2}}.
    {swap,{x,0},{y,0}}.
    {call,1,{f,9}}.
    {test_heap,2,1}.
    {put_list,{y,0},{x,0},{x,0}}.
    {deallocate,1}.
    return.
  {label,10}.
    {move,nil,{x,0}}.
    return.

{function, start, 0, 12}.
  {label,11}.
    {func_info,{atom,bs_match_otp26},{atom,start},0}.
  {label,12}.
    {allocate,1,0}.
    {move,{literal,[<<1,2,3,171,"rest">>,<<"GIF89a...">>,<<"GIF89a..">>,
                    <<255,255,255,255>>,<<16#F5,0,7>>,<<1,2>>,
                    <<1,2,3,4,5,6,7,8,9>>,<<1,2,3,4:4>>]},{x,0}}.
    {call,1,{f,9}}.
    {move,{x,0},{y,0}}.
    {move,{literal,{r,1,2,3}},{x,0}}.
    {call,1,{f,18}}.
    {test_heap,3,1}.
    {put_tuple2,{x,0},{list,[{y,0},{x,0}]}}.
    {deallocate,1}.
    return.

%% update(R) -> R#r{a = b, c = {R}}: OTP 26's update_record.
{function, update, 1, 18}.
  {label,17}.
    {func_info,{atom,bs_match_otp26},{atom,update},1}.
  {label,18}.
    {test_heap,2,1}.
    {put_tuple2,{x,1},{list,[{x,0}]}}.
    {update_record,{atom,copy},4,{x,0},{x,0},{list,[{integer,2},{atom,b},{integer,4},{x,1}]}}.
    return.

{function, module_info, 0, 14}.
  {label,13}.
    {func_info,{atom,bs_match_otp26},{atom,module_info},0}.
  {label,14}.
    {move,{atom,bs_match_otp26},{x,0}}.
    {call_ext_only,1,{extfunc,erlang,get_module_info,1}}.

{function, module_info, 1, 16}.
  {label,15}.
    {func_info,{atom,bs_match_otp26},{atom,module_info},1}.
  {label,16}.
    {move,{x,0},{x,1}}.
    {move,{atom,bs_match_otp26},{x,0}}.
    {call_ext_only,2,{extfunc,erlang,get_module_info,2}}.
