@echo off
rem Runs busgen from its distribution: lib\busgen.jar beside this bin\ folder, with the java of JAVA_HOME, else the
rem one on the PATH. busgen needs Java 17 or newer (a JDK for validate and encode of your own catalogue).
rem BUSGEN_OPTS holds extra options for the JVM, such as -Xmx1g.
setlocal
set "BUSGEN_HOME=%~dp0.."
if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA=java"
)
"%JAVA%" %BUSGEN_OPTS% -jar "%BUSGEN_HOME%\lib\busgen.jar" %*
exit /b %ERRORLEVEL%
