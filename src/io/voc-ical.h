/* voc-ical.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "voc-database.h"

G_BEGIN_DECLS

#define VOC_ICAL_ERROR (voc_ical_error_quark ())

/**
 * VocIcalError:
 * @VOC_ICAL_ERROR_INVALID: the file is not iCalendar, or an event in it is broken
 * @VOC_ICAL_ERROR_NO_EVENT: the calendar holds no event
 * @VOC_ICAL_ERROR_TIME_ZONE: an event names a time zone that is neither known nor defined
 *   in the file
 * @VOC_ICAL_ERROR_TOO_LARGE: the file is larger than any invitation
 */
typedef enum
{
  VOC_ICAL_ERROR_INVALID,
  VOC_ICAL_ERROR_NO_EVENT,
  VOC_ICAL_ERROR_TIME_ZONE,
  VOC_ICAL_ERROR_TOO_LARGE,
} VocIcalError;

#define VOC_ICAL_MAX_SIZE (8 * 1024 * 1024)

GQuark     voc_ical_error_quark       (void);

char      *voc_ical_write             (GPtrArray            *events,
                                       GDateTime            *stamp);
GPtrArray *voc_ical_read              (const char           *data,
                                       gsize                 length,
                                       const char           *name,
                                       GError              **error);

void       voc_ical_import_async      (VocDatabase          *database,
                                       GFile                *file,
                                       gint64                application_id,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
guint      voc_ical_import_finish     (GAsyncResult         *result,
                                       GError              **error);
void       voc_ical_export_async      (VocDatabase          *database,
                                       GFile                *file,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
guint      voc_ical_export_finish     (GAsyncResult         *result,
                                       GError              **error);

G_END_DECLS
