/* voc-soup-leaks.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For test programs that run a loopback SoupServer; include in exactly one file of the
 * program. libsoup 3.2's server frees neither the socket of an accepted connection
 * (listen_watch() keeps its reference) nor the address it listens on (SoupListener's
 * finalize() forgets it); both are fixed in later libsoup. The server is only test
 * scaffolding, so LeakSanitizer is told about those two and nothing else.
 */

#pragma once

const char *__lsan_default_suppressions (void);
const char *__asan_default_options (void);

const char *
__lsan_default_suppressions (void)
{
  return "leak:g_socket_accept\n"
         "leak:soup_server_listen_local\n";
}

/* Suppressions match on the stack of the allocation, which the fast unwinder cuts short in
 * libraries built without frame pointers. */
const char *
__asan_default_options (void)
{
  return "fast_unwind_on_malloc=0";
}
