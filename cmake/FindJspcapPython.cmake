# Finds a Python 3 that imports jinja2 and yaml (the generator's needs). CMake's FindPython3 would
# pick the first python3 on PATH, which on this project's machines is a pyenv build without them.
# Sets JSPCAP_PYTHON (empty when none works).
set(_jspcap_candidates)
if(DEFINED ENV{JSPCAP_PYTHON})
  list(APPEND _jspcap_candidates "$ENV{JSPCAP_PYTHON}")
endif()
list(APPEND _jspcap_candidates /usr/bin/python3)
find_program(_jspcap_path_python NAMES python3 NO_CACHE)
if(_jspcap_path_python)
  list(APPEND _jspcap_candidates "${_jspcap_path_python}")
endif()

if(NOT JSPCAP_PYTHON)
  set(JSPCAP_PYTHON "")
  foreach(candidate IN LISTS _jspcap_candidates)
    if(EXISTS "${candidate}")
      execute_process(COMMAND "${candidate}" -c "import jinja2, yaml"
                      RESULT_VARIABLE _jspcap_rc OUTPUT_QUIET ERROR_QUIET)
      if(_jspcap_rc EQUAL 0)
        set(JSPCAP_PYTHON "${candidate}" CACHE FILEPATH "Python 3 with jinja2 and yaml, for generator/")
        break()
      endif()
    endif()
  endforeach()
endif()
