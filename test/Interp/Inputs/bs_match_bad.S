%% Malformed bs_match command lists (assembled by utils/beam-asm): an
%% unknown command and one cut short. Running them must raise badarg.
{module, bs_match_bad}.  %% version = 0

{exports, [{f,1},{g,1},{module_info,0},{module_info,1}]}.

{attributes, []}.

{labels, 11}.

{function, f, 1, 2}.
  {label,1}.
    {func_info,{atom,bs_match_bad},{atom,f},1}.
  {label,2}.
    {bs_start_match4,{atom,no_fail},1,{x,0},{x,0}}.
    {bs_match,{f,3},{x,0},{list,[{atom,ensure_at_least},8,1,{atom,bogus},1]}}.
    {move,{atom,matched},{x,0}}.
    return.
  {label,3}.
    {move,{atom,nomatch},{x,0}}.
    return.

{function, g, 1, 5}.
  {label,4}.
    {func_info,{atom,bs_match_bad},{atom,g},1}.
  {label,5}.
    {bs_start_match4,{atom,no_fail},1,{x,0},{x,0}}.
    {bs_match,{f,6},{x,0},{list,[{atom,integer},1,nil,8]}}.
    {move,{atom,matched},{x,0}}.
    return.
  {label,6}.
    {move,{atom,nomatch},{x,0}}.
    return.

{function, module_info, 0, 8}.
  {label,7}.
    {func_info,{atom,bs_match_bad},{atom,module_info},0}.
  {label,8}.
    {move,{atom,bs_match_bad},{x,0}}.
    {call_ext_only,1,{extfunc,erlang,get_module_info,1}}.

{function, module_info, 1, 10}.
  {label,9}.
    {func_info,{atom,bs_match_bad},{atom,module_info},1}.
  {label,10}.
    {move,{x,0},{x,1}}.
    {move,{atom,bs_match_bad},{x,0}}.
    {call_ext_only,2,{extfunc,erlang,get_module_info,2}}.
