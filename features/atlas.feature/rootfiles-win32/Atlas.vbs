' Double-click to start Atlas on Windows: runs atlas.cmd beside this file with its window hidden,
' which starts javaw (a Java without a console window). Arguments are passed on.
Set shell = CreateObject("WScript.Shell")
folder = CreateObject("Scripting.FileSystemObject").GetParentFolderName(WScript.ScriptFullName)
arguments = ""
For Each argument In WScript.Arguments
  arguments = arguments & " """ & argument & """"
Next
shell.Run """" & folder & "\atlas.cmd""" & arguments, 0, False
