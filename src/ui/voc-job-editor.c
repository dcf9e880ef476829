/* voc-job-editor.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-job-editor"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "voc-enum-types.h"
#include "voc-format.h"
#include "voc-jd-parser.h"
#include "voc-job-editor.h"

/*
 * The form of a job posting, copy-edit-commit: the rows are bound (a GBindingGroup) to a copy
 * of the posting, so that nothing the user types reaches the posting, the lists or the
 * database before Save. Save writes the copy through the repository in one transaction and
 * only then copies it back onto the posting; Cancel drops the copy.
 *
 * The copy is checked after every change with voc_entity_validate(), whose messages start
 * with `table.column:`: the column names the row to mark with the `error` style class. Save
 * is an action whose enabled state follows the `valid` property.
 */

struct _VocJobEditor
{
  AdwBin            parent_instance;

  /* Template widgets */
  AdwEntryRow      *title_row;
  AdwEntryRow      *location_row;
  AdwComboRow      *remote_row;
  AdwComboRow      *employment_row;
  AdwComboRow      *seniority_row;
  AdwEntryRow      *url_row;
  AdwEntryRow      *salary_min_row;
  AdwEntryRow      *salary_max_row;
  AdwEntryRow      *currency_row;
  AdwComboRow      *period_row;
  GtkRevealer      *error_revealer;
  GtkLabel         *error_label;

  VocJobRepository *repository;
  VocJobPosting    *posting;
  VocJobPosting    *copy;
  GBindingGroup    *bindings;
  gboolean          valid;
};

G_DEFINE_FINAL_TYPE (VocJobEditor, voc_job_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_POSTING,
  PROP_VALID,
  N_PROPS
};

enum {
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The row that edits a column, or NULL. */
static GtkWidget *
row_for_column (VocJobEditor *self,
                const char   *column)
{
  struct
  {
    const char *column;
    gpointer    row;
  } rows[] = {
    { "title", self->title_row },
    { "location", self->location_row },
    { "remote_mode", self->remote_row },
    { "employment_type", self->employment_row },
    { "seniority", self->seniority_row },
    { "url", self->url_row },
    { "salary_min_cents", self->salary_min_row },
    { "salary_max_cents", self->salary_max_row },
    { "salary_currency", self->currency_row },
    { "salary_period", self->period_row },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_strcmp0 (column, rows[i].column) == 0)
      return rows[i].row;

  return NULL;
}

static void
set_row_error (GtkWidget  *row,
               const char *message)
{
  if (message != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");

  gtk_widget_set_tooltip_text (row, message);
}

/* Marks the row named by an entity error ("job_posting.title: must not be empty") and
 * returns the message for the user, which names the row: "Title: must not be empty". */
static char *
mark_error (VocJobEditor *self,
            const char   *message)
{
  const char *dot = strchr (message, '.');
  const char *colon = strstr (message, ": ");
  g_autofree char *column = NULL;
  GtkWidget *row;

  if (dot == NULL || colon == NULL || dot > colon || strchr (message, ' ') < colon)
    return g_strdup (message);

  column = g_strndup (dot + 1, colon - dot - 1);
  row = row_for_column (self, column);
  if (row == NULL)
    return g_strdup (colon + 2);

  set_row_error (row, colon + 2);
  /* TRANSLATORS: the name of a field of the form and what is wrong with it */
  return g_strdup_printf (_("%s: %s"), adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                          colon + 2);
}

static void
show_message (VocJobEditor *self,
              const char   *message)
{
  /* The revealer keeps the last message while it hides. */
  if (message != NULL)
    gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static void
set_valid (VocJobEditor *self,
           gboolean      valid)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", valid && self->copy != NULL);

  if (self->valid == valid)
    return;

  self->valid = valid;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
}

static void
validate (VocJobEditor *self)
{
  static const char *columns[] = {
    "title", "location", "remote_mode", "employment_type", "seniority", "url",
    "salary_min_cents", "salary_max_cents", "salary_currency", "salary_period",
  };
  g_autoptr(GError) error = NULL;
  AdwEntryRow *amount_rows[] = { self->salary_min_row, self->salary_max_row };
  g_autofree char *message = NULL;
  gboolean valid = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    set_row_error (row_for_column (self, columns[i]), NULL);

  /* An amount that does not parse never reaches the copy: check the text itself. */
  for (guint i = 0; i < G_N_ELEMENTS (amount_rows); i++)
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (amount_rows[i]));
      const char *hint = _("type an amount like 60000 or 62.5k");
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (amount_rows[i]));
      gint64 cents;

      if (voc_format_parse_amount (text, &cents))
        continue;

      set_row_error (GTK_WIDGET (amount_rows[i]), hint);
      if (message == NULL)
        message = g_strdup_printf (_("%s: %s"), title, hint);
      valid = FALSE;
    }

  if (valid && self->copy != NULL && !voc_entity_validate (VOC_ENTITY (self->copy), &error))
    {
      message = mark_error (self, error->message);
      valid = FALSE;
    }

  show_message (self, message);
  set_valid (self, valid);
}

static void
on_copy_notify_cb (VocJobEditor *self,
                   GParamSpec   *pspec,
                   GObject      *copy)
{
  validate (self);
}

static void
on_amount_row_changed_cb (VocJobEditor *self,
                          GtkEditable  *row)
{
  validate (self);
}

/* Transforms of the bindings between the copy and the rows. */

static gboolean
text_to_string (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  const char *text = g_value_get_string (from);

  /* An emptied row clears the column rather than storing an empty string. */
  g_value_set_string (to, text != NULL && *text != '\0' ? text : NULL);
  return TRUE;
}

static gboolean
string_to_text (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  const char *text = g_value_get_string (from);

  g_value_set_string (to, text != NULL ? text : "");
  return TRUE;
}

static gboolean
text_to_currency (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  g_autofree char *text = g_strstrip (g_strdup (g_value_get_string (from)));

  g_value_take_string (to, *text != '\0' ? g_ascii_strup (text, -1) : NULL);
  return TRUE;
}

static gboolean
text_to_cents (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  gint64 cents;

  if (!voc_format_parse_amount (g_value_get_string (from), &cents))
    return FALSE;

  g_value_set_int64 (to, cents);
  return TRUE;
}

static gboolean
cents_to_text (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  g_value_take_string (to, voc_format_amount (g_value_get_int64 (from)));
  return TRUE;
}

static gboolean
enum_to_position (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  /* The rows list every value of the enum in order, "not stated" (0) first. */
  g_value_set_uint (to, (guint) g_value_get_enum (from));
  return TRUE;
}

static gboolean
position_to_enum (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  guint position = g_value_get_uint (from);

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  g_value_set_enum (to, (int) position);
  return TRUE;
}

static void
bind_text (VocJobEditor *self,
           const char   *property,
           AdwEntryRow  *row)
{
  g_binding_group_bind_full (self->bindings, property, row, "text",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             string_to_text, text_to_string, NULL, NULL);
}

static void
bind_enum (VocJobEditor *self,
           const char   *property,
           AdwComboRow  *row)
{
  g_binding_group_bind_full (self->bindings, property, row, "selected",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             enum_to_position, position_to_enum, NULL, NULL);
}

/* A row's choices: every value of an enum, in order, named by @format. */
static void
set_choices (AdwComboRow *row,
             GType        enum_type,
             const char  *(*format) (int value))
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  GEnumClass *klass = g_type_class_ref (enum_type);

  for (guint i = 0; i < klass->n_values; i++)
    {
      int value = klass->values[i].value;

      /* TRANSLATORS: the choice of a field the posting does not state */
      gtk_string_list_append (list, value == 0 ? C_("choice", "Not Stated") : format (value));
    }

  adw_combo_row_set_model (row, G_LIST_MODEL (list));
  g_type_class_unref (klass);
}

static const char *
format_remote (int value)
{
  return voc_format_remote_mode (value);
}

static const char *
format_employment_type (int value)
{
  return voc_format_employment_type (value);
}

static const char *
format_seniority (int value)
{
  return voc_format_seniority (value);
}

static const char *
format_period (int value)
{
  return voc_format_salary_period (value);
}

static const char *
period_nick (VocSalaryPeriod period)
{
  GEnumClass *klass = g_type_class_ref (VOC_TYPE_SALARY_PERIOD);
  GEnumValue *value = g_enum_get_value (klass, period);

  g_type_class_unref (klass);
  return value != NULL ? value->value_nick : NULL;
}

static void
finish (VocJobEditor *self,
        gboolean      saved)
{
  g_binding_group_set_source (self->bindings, NULL);
  if (self->copy != NULL)
    g_signal_handlers_disconnect_by_func (self->copy, on_copy_notify_cb, self);
  g_clear_object (&self->copy);
  set_valid (self, FALSE);

  g_signal_emit (self, signals[FINISHED], 0, saved);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VocJobEditor *self = VOC_JOB_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (!voc_job_editor_save (self, &error))
    {
      g_autofree char *message = mark_error (self, error->message);

      g_debug ("Cannot save the posting: %s", error->message);
      show_message (self, message);
    }
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  voc_job_editor_cancel (VOC_JOB_EDITOR (widget));
}

static void
voc_job_editor_dispose (GObject *object)
{
  VocJobEditor *self = VOC_JOB_EDITOR (object);

  if (self->bindings != NULL)
    g_binding_group_set_source (self->bindings, NULL);
  if (self->copy != NULL)
    g_signal_handlers_disconnect_by_func (self->copy, on_copy_notify_cb, self);
  g_clear_object (&self->bindings);
  g_clear_object (&self->copy);
  g_clear_object (&self->posting);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (voc_job_editor_parent_class)->dispose (object);
}

static void
voc_job_editor_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  VocJobEditor *self = VOC_JOB_EDITOR (object);

  switch (prop_id)
    {
    case PROP_POSTING:
      g_value_set_object (value, self->posting);
      break;

    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_job_editor_class_init (VocJobEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = voc_job_editor_dispose;
  object_class->get_property = voc_job_editor_get_property;

  /**
   * VocJobEditor:posting:
   *
   * The posting being edited, %NULL when the editor is idle.
   */
  properties[PROP_POSTING] =
    g_param_spec_object ("posting", NULL, NULL,
                         VOC_TYPE_JOB_POSTING,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * VocJobEditor:valid:
   *
   * Whether the edited copy can be saved.
   */
  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VocJobEditor::finished:
   * @saved: whether the changes were saved (else they were dropped)
   */
  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/voc-job-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, VocJobEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, VocJobEditor, location_row);
  gtk_widget_class_bind_template_child (widget_class, VocJobEditor, remote_row);
  gtk_widget_class_bind_template_child (widget_class, VocJobEditor, employment_row);
  gtk_widget_class_bind_template_child (widget_class, VocJobEditor, seniority_row);
  gtk_widget_class_bind_template_child (widget_class, VocJobEditor, url_row);
  gtk_widget_class_bind_template_child (widget_class, VocJobEditor, salary_min_row);
  gtk_widget_class_bind_template_child (widget_class, VocJobEditor, salary_max_row);
  gtk_widget_class_bind_template_child (widget_class, VocJobEditor, currency_row);
  gtk_widget_class_bind_template_child (widget_class, VocJobEditor, period_row);
  gtk_widget_class_bind_template_child (widget_class, VocJobEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, VocJobEditor, error_label);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
voc_job_editor_init (VocJobEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  set_choices (self->remote_row, VOC_TYPE_REMOTE_MODE, format_remote);
  set_choices (self->employment_row, VOC_TYPE_EMPLOYMENT_TYPE, format_employment_type);
  set_choices (self->seniority_row, VOC_TYPE_SENIORITY, format_seniority);
  set_choices (self->period_row, VOC_TYPE_SALARY_PERIOD, format_period);

  self->bindings = g_binding_group_new ();
  bind_text (self, "title", self->title_row);
  bind_text (self, "location", self->location_row);
  bind_enum (self, "remote-mode", self->remote_row);
  bind_enum (self, "employment-type", self->employment_row);
  bind_enum (self, "seniority", self->seniority_row);
  bind_text (self, "url", self->url_row);
  bind_enum (self, "salary-period", self->period_row);
  g_binding_group_bind_full (self->bindings, "salary-min-cents", self->salary_min_row, "text",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             cents_to_text, text_to_cents, NULL, NULL);
  g_binding_group_bind_full (self->bindings, "salary-max-cents", self->salary_max_row, "text",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             cents_to_text, text_to_cents, NULL, NULL);
  g_binding_group_bind_full (self->bindings, "salary-currency", self->currency_row, "text",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             string_to_text, text_to_currency, NULL, NULL);

  g_signal_connect_object (self->salary_min_row, "changed",
                           G_CALLBACK (on_amount_row_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->salary_max_row, "changed",
                           G_CALLBACK (on_amount_row_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", FALSE);
}

GtkWidget *
voc_job_editor_new (void)
{
  return g_object_new (VOC_TYPE_JOB_EDITOR, NULL);
}

/**
 * voc_job_editor_edit:
 * @repository: where Save writes
 * @posting: the posting to edit; it changes only when Save succeeds
 *
 * Fills the form with a copy of @posting.
 */
void
voc_job_editor_edit (VocJobEditor     *self,
                     VocJobRepository *repository,
                     VocJobPosting    *posting)
{
  g_return_if_fail (VOC_IS_JOB_EDITOR (self));
  g_return_if_fail (VOC_IS_JOB_REPOSITORY (repository));
  g_return_if_fail (VOC_IS_JOB_POSTING (posting));

  g_set_object (&self->repository, repository);

  g_binding_group_set_source (self->bindings, NULL);
  if (self->copy != NULL)
    g_signal_handlers_disconnect_by_func (self->copy, on_copy_notify_cb, self);
  g_clear_object (&self->copy);

  self->copy = VOC_JOB_POSTING (voc_entity_copy (VOC_ENTITY (posting)));
  g_binding_group_set_source (self->bindings, self->copy);
  g_signal_connect_object (self->copy, "notify", G_CALLBACK (on_copy_notify_cb), self,
                           G_CONNECT_SWAPPED);

  if (g_set_object (&self->posting, posting))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSTING]);

  validate (self);
}

/**
 * voc_job_editor_get_posting:
 *
 * Returns: (transfer none) (nullable): the posting being edited
 */
VocJobPosting *
voc_job_editor_get_posting (VocJobEditor *self)
{
  g_return_val_if_fail (VOC_IS_JOB_EDITOR (self), NULL);

  return self->posting;
}

/**
 * voc_job_editor_get_copy:
 *
 * Returns: (transfer none) (nullable): the copy the form edits
 */
VocJobPosting *
voc_job_editor_get_copy (VocJobEditor *self)
{
  g_return_val_if_fail (VOC_IS_JOB_EDITOR (self), NULL);

  return self->copy;
}

gboolean
voc_job_editor_get_valid (VocJobEditor *self)
{
  g_return_val_if_fail (VOC_IS_JOB_EDITOR (self), FALSE);

  return self->valid;
}

/**
 * voc_job_editor_save:
 *
 * Writes the copy, then sets the posting from it, and ends the editing.
 *
 * Returns: %FALSE with the error when the copy is invalid or cannot be written; the form
 *   stays open
 */
gboolean
voc_job_editor_save (VocJobEditor  *self,
                     GError       **error)
{
  VocSalaryPeriod period;
  const char *nick;

  g_return_val_if_fail (VOC_IS_JOB_EDITOR (self), FALSE);
  g_return_val_if_fail (self->copy != NULL, FALSE);

  if (!voc_entity_validate (VOC_ENTITY (self->copy), error))
    return FALSE;

  /* The yearly figures, which the salary filter and sort use, follow the stated pay. */
  period = voc_job_posting_get_salary_period (self->copy);
  nick = period != VOC_SALARY_PERIOD_UNKNOWN ? period_nick (period) : NULL;
  voc_job_posting_set_salary_yearly_min_cents (self->copy,
    voc_salary_to_yearly (voc_job_posting_get_salary_min_cents (self->copy), nick));
  voc_job_posting_set_salary_yearly_max_cents (self->copy,
    voc_salary_to_yearly (voc_job_posting_get_salary_max_cents (self->copy), nick));

  if (!voc_repository_update (VOC_REPOSITORY (self->repository), self->copy, error))
    return FALSE;

  voc_entity_assign (VOC_ENTITY (self->posting), VOC_ENTITY (self->copy));
  finish (self, TRUE);
  return TRUE;
}

/**
 * voc_job_editor_cancel:
 *
 * Drops the copy: the posting is left as it was.
 */
void
voc_job_editor_cancel (VocJobEditor *self)
{
  g_return_if_fail (VOC_IS_JOB_EDITOR (self));

  finish (self, FALSE);
}
