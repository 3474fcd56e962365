@echo off
rem Maillage launcher for Windows.
rem   maillage                 opens the workbench
rem   maillage FICHIER         opens the workbench on a roadmap file
rem   maillage COMMANDE [ARGS] runs a command headless (maillage --help lists them)
rem Environment: MAILLAGE_JAVA (a java.exe), JAVA_HOME, MAILLAGE_LANG (fr, the default, or en), MAILLAGE_VMARGS.
rem The native Eclipse launcher is not published on Maven Central: this script replaces it.
setlocal EnableDelayedExpansion
set "HERE=%~dp0"
set REQUIRED=21
set "JAVA="

for %%C in ("%MAILLAGE_JAVA%" "%HERE%jre\bin\java.exe" "%JAVA_HOME%\bin\java.exe") do (
    if not defined JAVA if exist "%%~C" call :check "%%~C"
)
if not defined JAVA (
    for /f "delims=" %%J in ('where java.exe 2^>nul') do if not defined JAVA call :check "%%J"
)
if not defined JAVA (
    echo Maillage a besoin de Java %REQUIRED% ou plus recent, introuvable sur cette machine. 1>&2
    echo Installez un JDK %REQUIRED%+ ^(par exemple Eclipse Temurin^) puis indiquez-le avec MAILLAGE_JAVA ou JAVA_HOME. 1>&2
    echo Maillage needs Java %REQUIRED% or newer and found none: install one and set MAILLAGE_JAVA or JAVA_HOME. 1>&2
    exit /b 9
)

set "LAUNCHER="
for %%L in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not defined LAUNCHER (
    echo Installation incomplete : plugins\org.eclipse.equinox.launcher_*.jar est absent de "%HERE%". 1>&2
    exit /b 9
)

rem Everything Maillage writes for a user lives in %USERPROFILE%\.maillage: the workspace, the recovery copies and
rem the OSGi configuration area with its crash logs. The installation's configuration folder is only read (shared,
rem cascaded configuration), so that a read-only installation works. Exit code 3 when that folder cannot be written.
set "USER_DIR=%USERPROFILE%\.maillage"
if "%USERPROFILE%"=="" goto :nohome
if not exist "%USER_DIR%\configuration" mkdir "%USER_DIR%\configuration" 2>nul
if not exist "%USER_DIR%\configuration" goto :nohome
copy /y nul "%USER_DIR%\configuration\.ecriture" >nul 2>&1 || goto :nohome
del "%USER_DIR%\configuration\.ecriture" >nul 2>&1
set CONFIG_ARGS=-Dosgi.sharedConfiguration.area="%HERE%configuration/" -Dosgi.configuration.cascaded=true -Duser.home="%USERPROFILE%"

if "%MAILLAGE_VMARGS%"=="" set MAILLAGE_VMARGS=-Xmx2g
set "NL=%MAILLAGE_LANG%"
if "%NL%"=="" set NL=fr
if "%NL%"=="fr" set NL=fr_FR
if "%NL%"=="en" set NL=en_GB

set "FIRST=%~1"
set WORKBENCH=0
if "%FIRST%"=="" set WORKBENCH=1
if /i "%~x1"==".maillage" if "%~2"=="" if exist "%FIRST%" set WORKBENCH=1

rem -Dlog4j2.statusLoggerLevel=OFF: Commons Logging (BIRT) and POI log through the Log4j API and no implementation is
rem shipped; its status logger would print an English error among the French messages. Before MAILLAGE_VMARGS, which
rem can set it back.
if "%WORKBENCH%"=="1" (
    rem javaw: no console window behind the workbench.
    set "JAVAW=!JAVA:java.exe=javaw.exe!"
    if not exist "!JAVAW!" set "JAVAW=!JAVA!"
    start "Maillage" "!JAVAW!" -Dlog4j2.statusLoggerLevel=OFF %MAILLAGE_VMARGS% -Dfile.encoding=UTF-8 %CONFIG_ARGS% -jar "%LAUNCHER%" -configuration "%USER_DIR%\configuration" -nl %NL% -data "%USER_DIR%\workspace" %*
    exit /b 0
)
"%JAVA%" -Dlog4j2.statusLoggerLevel=OFF %MAILLAGE_VMARGS% -Djava.awt.headless=true -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 %CONFIG_ARGS% -jar "%LAUNCHER%" -configuration "%USER_DIR%\configuration" -nosplash -nl %NL% -data @noDefault -application org.maillage.cli.cli %*
exit /b %ERRORLEVEL%

:nohome
echo Maillage ne peut pas ecrire dans son dossier utilisateur "%USER_DIR%" : verifiez que votre dossier personnel existe et est accessible en ecriture. 1>&2
exit /b 3

:check
rem Keeps %1 as JAVA when its major version is at least REQUIRED ("1.8.0" counts as 8).
set "VER="
rem "call" first: cmd /c would otherwise strip the outer quotes of a path with spaces (C:\Program Files).
for /f "tokens=3" %%V in ('call "%~1" -version 2^>^&1 ^| findstr /i "version"') do set "VER=%%~V"
if not defined VER goto :eof
for /f "tokens=1,2 delims=." %%A in ("%VER%") do (
    set MAJOR=%%A
    if "%%A"=="1" set MAJOR=%%B
)
if !MAJOR! GEQ %REQUIRED% set "JAVA=%~1"
goto :eof
