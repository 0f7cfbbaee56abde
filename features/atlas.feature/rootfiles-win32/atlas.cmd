@echo off
rem Starts the Atlas workstation on Windows (Atlas.vbs starts this without a console window).
rem Maven Central has no native Eclipse launcher: this script is the launcher, as the sh script is
rem on Linux and macOS. Java 17 or newer: %JAVA_HOME%\bin\javaw.exe, else javaw on the PATH.
rem
rem   atlas.cmd [--data FOLDER] [--demo] [--nl LOCALE] [--idle-lock S]
rem
rem The command-line tools of the sh script (backup, restore, imports, FHIR exports) are not yet
rem ported to Windows: Atlas's window does the same (File and Administration menus).
setlocal EnableExtensions
set "here=%~dp0"
if defined ATLAS_DATA (set "data=%ATLAS_DATA%") else (set "data=%USERPROFILE%\.atlas")
set "demo=false"
set "idle=600"
set "platform="

:options
if "%~1"=="" goto started
if "%~1"=="--data" (set "data=%~2" & shift & shift & goto options)
if "%~1"=="--demo" (set "demo=true" & shift & goto options)
if "%~1"=="--nl" (set "platform=%platform% -nl %~2" & shift & shift & goto options)
if "%~1"=="--idle-lock" (set "idle=%~2" & shift & shift & goto options)
echo atlas: %~1 is not an option of atlas.cmd; the command-line tools run on Linux and macOS for now 1>&2
exit /b 2

:started
set "java=javaw"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\javaw.exe"
set "launcher="
for %%f in ("%here%plugins\org.eclipse.equinox.launcher_*.jar") do set "launcher=%%~ff"
if not defined launcher (
  echo atlas: %here%plugins\org.eclipse.equinox.launcher_*.jar is missing; is this an Atlas folder? 1>&2
  exit /b 1
)
start "Atlas" "%java%" -Xms64m -Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto ^
  -Djava.awt.headless=true -Dosgi.requiredJavaVersion=17 ^
  "-Datlas.data=%data%" "-Datlas.dropins=%here%dropins" -Datlas.demo=%demo% -Datlas.idleLockSeconds=%idle% ^
  %ATLAS_VM_OPTS% -jar "%launcher%" -install "%here%." -data @none -clearPersistedState %platform%
