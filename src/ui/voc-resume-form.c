/* voc-resume-form.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-resume-form"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "voc-format.h"
#include "voc-resume-form.h"
#include "voc-resume-format.h"

/*
 * The form of one part of the master resume (the profile, an experience, a bullet, …),
 * copy-edit-commit like the job editor: the rows are bound (a GBindingGroup) to a copy of the
 * entity, so that nothing the user types reaches the lists or the database before Save. Save
 * hands the copy to the caller's save function (one transaction in the repository); Cancel,
 * Escape or closing the window drops it.
 *
 * The resume has ten kinds of records with the same few kinds of fields, so the form is
 * described by calls (a field per column, with its kind) rather than a template per record.
 * The copy is checked after every change with voc_entity_validate(), whose messages start
 * with `table.column:`; the column names the row to mark with the `error` style class and
 * the message shown names the row's label. Save is an action enabled while the copy is valid.
 */

typedef struct
{
  char               *column;
  char               *label;
  VocResumeFieldKind  kind;
  GtkWidget          *row;       /* what gets the error style */
  GtkWidget          *editable;  /* what the user types in */
} Field;

struct _VocResumeForm
{
  AdwWindow              parent_instance;

  /* Template widgets */
  AdwWindowTitle        *window_title;
  GtkRevealer           *error_revealer;
  GtkLabel              *error_label;
  AdwPreferencesPage    *page;

  AdwPreferencesGroup   *group;
  GPtrArray             *fields;     /* Field* */
  VocEntity             *copy;
  GBindingGroup         *bindings;
  VocResumeFormSaveFunc  save;
  gpointer               user_data;
  GDestroyNotify         destroy;
  gboolean               valid;
  gboolean               quiet;      /* a new entry not yet typed in: no errors shown */
  char                  *message;
};

G_DEFINE_FINAL_TYPE (VocResumeForm, voc_resume_form, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_VALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
field_free (gpointer data)
{
  Field *field = data;

  g_free (field->column);
  g_free (field->label);
  g_free (field);
}

static Field *
find_field (VocResumeForm *self,
            const char    *column)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (g_strcmp0 (field->column, column) == 0)
        return field;
    }

  return NULL;
}

static char *
property_name (const char *column)
{
  return g_strdelimit (g_strdup (column), "_", '-');
}

static void
set_field_error (Field      *field,
                 const char *message)
{
  if (message != NULL)
    gtk_widget_add_css_class (field->row, "error");
  else
    gtk_widget_remove_css_class (field->row, "error");

  gtk_widget_set_tooltip_text (field->row, message);
}

/* Marks the row named by an entity error ("experience.end_date: the end is before the
 * start") and returns the message for the user, which names the row: "End: the end is before
 * the start". */
static char *
mark_error (VocResumeForm *self,
            const char    *message)
{
  const char *dot = strchr (message, '.');
  const char *colon = strstr (message, ": ");
  g_autofree char *column = NULL;
  Field *field;

  if (dot == NULL || colon == NULL || dot > colon || strchr (message, ' ') < colon)
    return g_strdup (message);

  column = g_strndup (dot + 1, colon - dot - 1);
  field = find_field (self, column);
  if (field == NULL)
    return g_strdup (colon + 2);

  set_field_error (field, colon + 2);
  /* TRANSLATORS: the name of a field of the form and what is wrong with it */
  return g_strdup_printf (_("%s: %s"), field->label, colon + 2);
}

static void
show_message (VocResumeForm *self,
              char          *message)
{
  /* The revealer keeps the last message while it hides. */
  if (message != NULL)
    gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);

  g_free (self->message);
  self->message = message;
}

static void
set_valid (VocResumeForm *self,
           gboolean       valid)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "form.save", valid);

  if (self->valid == valid)
    return;

  self->valid = valid;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
}

static const char *
editable_text (Field *field)
{
  return gtk_editable_get_text (GTK_EDITABLE (field->editable));
}

static gboolean
parse_double (const char *text,
              double     *value)
{
  g_autofree char *copy = g_strstrip (g_strdelimit (g_strdup (text != NULL ? text : ""), ",", '.'));
  char *end = NULL;

  *value = -1.0;
  if (*copy == '\0')
    return TRUE;

  *value = g_ascii_strtod (copy, &end);
  return end != copy && *end == '\0' && *value >= 0.0;
}

static void
validate (VocResumeForm *self)
{
  g_autoptr(GError) error = NULL;
  char *message = NULL;
  gboolean valid = TRUE;

  for (guint i = 0; i < self->fields->len; i++)
    set_field_error (g_ptr_array_index (self->fields, i), NULL);

  /* A number that does not parse never reaches the copy: check the text itself. */
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);
      const char *hint = NULL;
      gint64 cents;
      double number;

      if (field->kind == VOC_RESUME_FIELD_AMOUNT &&
          !voc_format_parse_amount (editable_text (field), &cents))
        hint = _("type an amount like 60000 or 62.5k");
      else if (field->kind == VOC_RESUME_FIELD_DOUBLE &&
               !parse_double (editable_text (field), &number))
        hint = _("type a number like 3 or 4.5");

      if (hint == NULL)
        continue;

      set_field_error (field, hint);
      if (message == NULL)
        message = g_strdup_printf (_("%s: %s"), field->label, hint);
      valid = FALSE;
    }

  if (valid && !voc_entity_validate (self->copy, &error))
    {
      message = mark_error (self, error->message);
      valid = FALSE;
    }

  /* An empty new entry is not wrong yet: Save stays off, but nothing is shown in red. */
  if (self->quiet)
    {
      for (guint i = 0; i < self->fields->len; i++)
        set_field_error (g_ptr_array_index (self->fields, i), NULL);
      g_clear_pointer (&message, g_free);
    }

  show_message (self, message);
  set_valid (self, valid);
}

static void
on_copy_notify_cb (VocResumeForm *self,
                   GParamSpec    *pspec,
                   GObject       *copy)
{
  self->quiet = FALSE;
  validate (self);
}

static void
on_editable_changed_cb (VocResumeForm *self,
                        GtkEditable   *editable)
{
  self->quiet = FALSE;
  validate (self);
}

static void
on_entry_activated_cb (VocResumeForm *self,
                       AdwEntryRow   *row)
{
  /* Enter in a one-line field saves, when the form can be saved. */
  if (self->valid)
    gtk_widget_activate_action (GTK_WIDGET (self), "form.save", NULL);
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
text_to_date (GBinding     *binding,
              const GValue *from,
              GValue       *to,
              gpointer      user_data)
{
  g_value_take_string (to, voc_resume_format_parse_date (g_value_get_string (from)));
  return TRUE;
}

static gboolean
text_to_list (GBinding     *binding,
              const GValue *from,
              GValue       *to,
              gpointer      user_data)
{
  g_value_take_string (to, voc_resume_format_parse_list (g_value_get_string (from)));
  return TRUE;
}

static gboolean
list_to_text (GBinding     *binding,
              const GValue *from,
              GValue       *to,
              gpointer      user_data)
{
  g_value_take_string (to, voc_resume_format_list (g_value_get_string (from)));
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
text_to_double (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  double value;

  if (!parse_double (g_value_get_string (from), &value))
    return FALSE;

  g_value_set_double (to, value);
  return TRUE;
}

static gboolean
double_to_text (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  double value = g_value_get_double (from);
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (value < 0.0)
    g_value_set_string (to, "");
  else
    g_value_set_string (to, g_ascii_formatd (buffer, sizeof buffer, "%g", value));
  return TRUE;
}

static gboolean
int_to_double (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  g_value_set_double (to, (double) g_value_get_int64 (from));
  return TRUE;
}

static gboolean
double_to_int (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  g_value_set_int64 (to, (gint64) g_value_get_double (from));
  return TRUE;
}

static gboolean
enum_to_position (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  /* The rows list every value of the enum in order. */
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

static Field *
add_field (VocResumeForm      *self,
           const char         *column,
           const char         *label,
           VocResumeFieldKind  kind,
           GtkWidget          *row,
           GtkWidget          *editable)
{
  Field *field = g_new0 (Field, 1);

  field->column = g_strdup (column);
  field->label = g_strdup (label);
  field->kind = kind;
  field->row = row;
  field->editable = editable;
  g_ptr_array_add (self->fields, field);

  if (self->group == NULL)
    voc_resume_form_add_group (self, NULL, NULL);
  if (row != NULL && gtk_widget_get_parent (row) == NULL)
    adw_preferences_group_add (self->group, row);

  return field;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VocResumeForm *self = VOC_RESUME_FORM (widget);
  g_autoptr(GError) error = NULL;

  if (!voc_resume_form_save (self, &error))
    {
      g_debug ("Cannot save: %s", error->message);
      show_message (self, mark_error (self, error->message));
    }
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
voc_resume_form_dispose (GObject *object)
{
  VocResumeForm *self = VOC_RESUME_FORM (object);

  if (self->bindings != NULL)
    g_binding_group_set_source (self->bindings, NULL);
  if (self->copy != NULL)
    g_signal_handlers_disconnect_by_func (self->copy, on_copy_notify_cb, self);
  g_clear_object (&self->bindings);
  g_clear_object (&self->copy);

  if (self->destroy != NULL)
    g_clear_pointer (&self->user_data, self->destroy);
  self->destroy = NULL;

  G_OBJECT_CLASS (voc_resume_form_parent_class)->dispose (object);
}

static void
voc_resume_form_finalize (GObject *object)
{
  VocResumeForm *self = VOC_RESUME_FORM (object);

  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (voc_resume_form_parent_class)->finalize (object);
}

static void
voc_resume_form_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  VocResumeForm *self = VOC_RESUME_FORM (object);

  switch (prop_id)
    {
    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_resume_form_class_init (VocResumeFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = voc_resume_form_dispose;
  object_class->finalize = voc_resume_form_finalize;
  object_class->get_property = voc_resume_form_get_property;

  /**
   * VocResumeForm:valid:
   *
   * Whether the edited copy can be saved.
   */
  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/voc-resume-form.ui");
  gtk_widget_class_bind_template_child (widget_class, VocResumeForm, window_title);
  gtk_widget_class_bind_template_child (widget_class, VocResumeForm, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, VocResumeForm, error_label);
  gtk_widget_class_bind_template_child (widget_class, VocResumeForm, page);

  gtk_widget_class_install_action (widget_class, "form.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "form.cancel", NULL, cancel_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "form.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "form.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "form.cancel", NULL);
}

static void
voc_resume_form_init (VocResumeForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->fields = g_ptr_array_new_with_free_func (field_free);
  self->bindings = g_binding_group_new ();
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "form.save", FALSE);
}

/**
 * voc_resume_form_new:
 * @parent: (nullable): a widget of the window the form belongs to
 * @entity: what to edit (a new entity or a stored one); the form edits a copy
 * @save: writes the copy
 *
 * Returns: (transfer none): the form, a window owned by GTK's list of toplevels until it is
 *   closed; add its fields, then call voc_resume_form_start()
 */
VocResumeForm *
voc_resume_form_new (GtkWidget             *parent,
                     const char            *title,
                     VocEntity             *entity,
                     VocResumeFormSaveFunc  save,
                     gpointer               user_data,
                     GDestroyNotify         destroy)
{
  VocResumeForm *self;
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;

  g_return_val_if_fail (VOC_IS_ENTITY (entity), NULL);
  g_return_val_if_fail (save != NULL, NULL);

  self = g_object_new (VOC_TYPE_RESUME_FORM,
                       "title", title,
                       "transient-for", GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                       NULL);
  adw_window_title_set_title (self->window_title, title);

  self->copy = voc_entity_copy (entity);
  self->quiet = voc_entity_get_id (self->copy) == 0;
  self->save = save;
  self->user_data = user_data;
  self->destroy = destroy;

  return self;
}

/**
 * voc_resume_form_add_group:
 * @title: (nullable): the group's heading
 * @description: (nullable): a line under it
 *
 * Starts a group: the fields added next go in it.
 */
void
voc_resume_form_add_group (VocResumeForm *self,
                           const char    *title,
                           const char    *description)
{
  g_return_if_fail (VOC_IS_RESUME_FORM (self));

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  if (title != NULL)
    adw_preferences_group_set_title (self->group, title);
  if (description != NULL)
    adw_preferences_group_set_description (self->group, description);
  adw_preferences_page_add (self->page, self->group);
}

/**
 * voc_resume_form_add_field:
 * @column: the entity's column the field edits
 * @label: its name for the user (also the start of its error messages)
 *
 * Returns: (transfer none): the widget the user types in (a #GtkEditable, or the #GtkTextView
 *   of long text, or the #GtkSpinButton of a whole number)
 */
GtkWidget *
voc_resume_form_add_field (VocResumeForm      *self,
                           const char         *column,
                           const char         *label,
                           VocResumeFieldKind  kind)
{
  g_autofree char *property = property_name (column);
  GtkWidget *row = NULL;
  GtkWidget *editable = NULL;

  g_return_val_if_fail (VOC_IS_RESUME_FORM (self), NULL);
  g_return_val_if_fail (kind != VOC_RESUME_FIELD_ENUM, NULL);

  switch (kind)
    {
    case VOC_RESUME_FIELD_LONG_TEXT:
      {
        GtkTextBuffer *buffer;

        /* A text view of its own group, whose title is the label. */
        voc_resume_form_add_group (self, label, NULL);
        editable = gtk_text_view_new ();
        gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (editable), GTK_WRAP_WORD_CHAR);
        gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (editable), FALSE);
        gtk_text_view_set_top_margin (GTK_TEXT_VIEW (editable), 9);
        gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (editable), 9);
        gtk_text_view_set_left_margin (GTK_TEXT_VIEW (editable), 12);
        gtk_text_view_set_right_margin (GTK_TEXT_VIEW (editable), 12);
        gtk_widget_set_size_request (editable, -1, 90);
        gtk_accessible_update_property (GTK_ACCESSIBLE (editable),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
        row = gtk_frame_new (NULL);
        gtk_widget_add_css_class (row, "resume-form-text");
        gtk_frame_set_child (GTK_FRAME (row), editable);
        buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editable));
        g_binding_group_bind_full (self->bindings, property, buffer, "text",
                                   G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                   string_to_text, text_to_string, NULL, NULL);
        add_field (self, column, label, kind, row, editable);
        /* The fields after it start a new group again. */
        self->group = NULL;
        return editable;
      }

    case VOC_RESUME_FIELD_INT:
      {
        const VocColumn *c;

        c = voc_entity_class_find_column (VOC_ENTITY_GET_CLASS (self->copy), column);
        g_return_val_if_fail (c != NULL, NULL);
        editable = gtk_spin_button_new_with_range ((double) c->min, (double) c->max, 1.0);
        gtk_widget_set_valign (editable, GTK_ALIGN_CENTER);
        gtk_accessible_update_property (GTK_ACCESSIBLE (editable),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
        row = adw_action_row_new ();
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), editable);
        adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), editable);
        g_binding_group_bind_full (self->bindings, property, editable, "value",
                                   G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                   int_to_double, double_to_int, NULL, NULL);
        add_field (self, column, label, kind, row, editable);
        return editable;
      }

    case VOC_RESUME_FIELD_TEXT:
    case VOC_RESUME_FIELD_DATE:
    case VOC_RESUME_FIELD_DOUBLE:
    case VOC_RESUME_FIELD_LIST:
    case VOC_RESUME_FIELD_AMOUNT:
    case VOC_RESUME_FIELD_CURRENCY:
    case VOC_RESUME_FIELD_ENUM:
    default:
      break;
    }

  row = editable = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  g_signal_connect_object (row, "entry-activated", G_CALLBACK (on_entry_activated_cb), self,
                           G_CONNECT_SWAPPED);

  switch (kind)
    {
    case VOC_RESUME_FIELD_DATE:
      g_binding_group_bind_full (self->bindings, property, row, "text",
                                 G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                 string_to_text, text_to_date, NULL, NULL);
      break;

    case VOC_RESUME_FIELD_DOUBLE:
      g_binding_group_bind_full (self->bindings, property, row, "text",
                                 G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                 double_to_text, text_to_double, NULL, NULL);
      g_signal_connect_object (row, "changed", G_CALLBACK (on_editable_changed_cb), self,
                               G_CONNECT_SWAPPED);
      break;

    case VOC_RESUME_FIELD_LIST:
      g_binding_group_bind_full (self->bindings, property, row, "text",
                                 G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                 list_to_text, text_to_list, NULL, NULL);
      break;

    case VOC_RESUME_FIELD_AMOUNT:
      g_binding_group_bind_full (self->bindings, property, row, "text",
                                 G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                 cents_to_text, text_to_cents, NULL, NULL);
      g_signal_connect_object (row, "changed", G_CALLBACK (on_editable_changed_cb), self,
                               G_CONNECT_SWAPPED);
      break;

    case VOC_RESUME_FIELD_CURRENCY:
      g_binding_group_bind_full (self->bindings, property, row, "text",
                                 G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                 string_to_text, text_to_currency, NULL, NULL);
      break;

    case VOC_RESUME_FIELD_TEXT:
    case VOC_RESUME_FIELD_LONG_TEXT:
    case VOC_RESUME_FIELD_ENUM:
    case VOC_RESUME_FIELD_INT:
    default:
      g_binding_group_bind_full (self->bindings, property, row, "text",
                                 G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                 string_to_text, text_to_string, NULL, NULL);
      break;
    }

  add_field (self, column, label, kind, row, editable);
  return editable;
}

/**
 * voc_resume_form_add_enum:
 * @format: the name of each value of the column's enum
 * @unknown_label: (nullable): the name of the enum's value 0 when @format has none for it
 *
 * Returns: (transfer none): the #AdwComboRow
 */
GtkWidget *
voc_resume_form_add_enum (VocResumeForm       *self,
                          const char          *column,
                          const char          *label,
                          VocResumeFormatFunc  format,
                          const char          *unknown_label)
{
  g_autofree char *property = property_name (column);
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  const VocColumn *c;
  GEnumClass *klass;
  GtkWidget *row;

  g_return_val_if_fail (VOC_IS_RESUME_FORM (self), NULL);

  c = voc_entity_class_find_column (VOC_ENTITY_GET_CLASS (self->copy), column);
  g_return_val_if_fail (c != NULL && G_IS_PARAM_SPEC_ENUM (c->pspec), NULL);

  klass = G_PARAM_SPEC_ENUM (c->pspec)->enum_class;
  for (guint i = 0; i < klass->n_values; i++)
    {
      const char *name = format (klass->values[i].value);

      if ((name == NULL || *name == '\0') && unknown_label != NULL)
        name = unknown_label;
      gtk_string_list_append (list, name != NULL ? name : "");
    }

  row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (list));
  g_binding_group_bind_full (self->bindings, property, row, "selected",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             enum_to_position, position_to_enum, NULL, NULL);
  add_field (self, column, label, VOC_RESUME_FIELD_ENUM, row, row);

  return row;
}

/* Completion of the last item of a comma-separated list. */

static const char *
last_item (const char *text)
{
  const char *comma = strrchr (text, ',');
  const char *item = comma != NULL ? comma + 1 : text;

  while (*item == ' ')
    item++;

  return item;
}

static gboolean
completion_match (GtkEntryCompletion *completion,
                  const char         *key,
                  GtkTreeIter        *iter,
                  gpointer            user_data)
{
  GtkTreeModel *model = gtk_entry_completion_get_model (completion);
  GtkWidget *entry = gtk_entry_completion_get_entry (completion);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  const char *item = last_item (text);
  g_autofree char *candidate = NULL;
  g_autofree char *folded_item = NULL;
  g_autofree char *folded_candidate = NULL;

  if (*item == '\0')
    return FALSE;

  gtk_tree_model_get (model, iter, 0, &candidate, -1);
  if (candidate == NULL)
    return FALSE;

  folded_item = g_utf8_casefold (item, -1);
  folded_candidate = g_utf8_casefold (candidate, -1);
  return g_str_has_prefix (folded_candidate, folded_item) &&
         strcmp (folded_candidate, folded_item) != 0;
}

static gboolean
on_completion_match_selected_cb (GtkEntryCompletion *completion,
                                 GtkTreeModel       *model,
                                 GtkTreeIter        *iter,
                                 gpointer            user_data)
{
  GtkWidget *entry = gtk_entry_completion_get_entry (completion);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *candidate = NULL;
  g_autofree char *head = NULL;
  g_autofree char *result = NULL;

  gtk_tree_model_get (model, iter, 0, &candidate, -1);
  head = g_strndup (text, last_item (text) - text);
  result = g_strconcat (head, candidate, ", ", NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), result);
  gtk_editable_set_position (GTK_EDITABLE (entry), -1);

  return TRUE;
}

/**
 * voc_resume_form_add_list:
 * @completions: (nullable): the items to offer while typing (the tags in use)
 *
 * Adds a field for a JSON array of strings, typed separated by commas.
 *
 * Returns: (transfer none): the #GtkEditable
 */
GtkWidget *
voc_resume_form_add_list (VocResumeForm      *self,
                          const char         *column,
                          const char         *label,
                          const char * const *completions)
{
  g_autofree char *property = property_name (column);
  g_autoptr(GtkEntryCompletion) completion = NULL;
  g_autoptr(GtkListStore) store = NULL;
  GtkWidget *row;
  GtkWidget *entry;

  g_return_val_if_fail (VOC_IS_RESUME_FORM (self), NULL);

  if (completions == NULL || completions[0] == NULL)
    return voc_resume_form_add_field (self, column, label, VOC_RESUME_FIELD_LIST);

  /* GtkEntryCompletion needs a GtkEntry (AdwEntryRow is not one). */
  store = gtk_list_store_new (1, G_TYPE_STRING);
  for (guint i = 0; completions[i] != NULL; i++)
    gtk_list_store_insert_with_values (store, NULL, -1, 0, completions[i], -1);

  completion = gtk_entry_completion_new ();
  gtk_entry_completion_set_model (completion, GTK_TREE_MODEL (store));
  gtk_entry_completion_set_text_column (completion, 0);
  gtk_entry_completion_set_minimum_key_length (completion, 1);
  gtk_entry_completion_set_match_func (completion, completion_match, NULL, NULL);
  g_signal_connect (completion, "match-selected",
                    G_CALLBACK (on_completion_match_selected_cb), NULL);

  entry = gtk_entry_new ();
  gtk_entry_set_completion (GTK_ENTRY (entry), completion);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Separated by commas"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), entry);

  g_binding_group_bind_full (self->bindings, property, entry, "text",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             list_to_text, text_to_list, NULL, NULL);
  add_field (self, column, label, VOC_RESUME_FIELD_LIST, row, entry);

  return entry;
}

/**
 * voc_resume_form_add_info:
 *
 * Adds a row that shows a value the form does not edit (a use count).
 */
void
voc_resume_form_add_info (VocResumeForm *self,
                          const char    *label,
                          const char    *text)
{
  GtkWidget *row;

  g_return_if_fail (VOC_IS_RESUME_FORM (self));

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
  gtk_widget_add_css_class (row, "property");

  if (self->group == NULL)
    voc_resume_form_add_group (self, NULL, NULL);
  adw_preferences_group_add (self->group, row);
}

/**
 * voc_resume_form_start:
 *
 * Binds the fields to the copy, checks it and shows the form.
 */
void
voc_resume_form_start (VocResumeForm *self)
{
  int height = 160;

  g_return_if_fail (VOC_IS_RESUME_FORM (self));

  /* A form of two fields in a window made for twenty looks lost: size it to its rows. */
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      height += field->kind == VOC_RESUME_FIELD_LONG_TEXT ? 160 : 56;
    }
  gtk_window_set_default_size (GTK_WINDOW (self), 560, CLAMP (height, 360, 680));

  g_binding_group_set_source (self->bindings, self->copy);
  g_signal_connect_object (self->copy, "notify", G_CALLBACK (on_copy_notify_cb), self,
                           G_CONNECT_SWAPPED);
  validate (self);

  gtk_window_present (GTK_WINDOW (self));
}

/**
 * voc_resume_form_get_copy:
 *
 * Returns: (transfer none): the copy the form edits
 */
VocEntity *
voc_resume_form_get_copy (VocResumeForm *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_FORM (self), NULL);

  return self->copy;
}

gboolean
voc_resume_form_get_valid (VocResumeForm *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_FORM (self), FALSE);

  return self->valid;
}

/**
 * voc_resume_form_get_editable:
 *
 * Returns: (transfer none) (nullable): the widget the user types a column's value in
 */
GtkWidget *
voc_resume_form_get_editable (VocResumeForm *self,
                              const char    *column)
{
  Field *field;

  g_return_val_if_fail (VOC_IS_RESUME_FORM (self), NULL);

  field = find_field (self, column);
  return field != NULL ? field->editable : NULL;
}

/**
 * voc_resume_form_get_message:
 *
 * Returns: (nullable): what keeps the form from being saved, as shown
 */
const char *
voc_resume_form_get_message (VocResumeForm *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_FORM (self), NULL);

  return self->message;
}

/**
 * voc_resume_form_save:
 *
 * Checks and writes the copy, then closes the form.
 *
 * Returns: %FALSE with the error when the copy is invalid or cannot be written; the form
 *   stays open
 */
gboolean
voc_resume_form_save (VocResumeForm  *self,
                      GError        **error)
{
  g_return_val_if_fail (VOC_IS_RESUME_FORM (self), FALSE);

  if (!self->valid)
    {
      g_set_error_literal (error, VOC_ENTITY_ERROR, VOC_ENTITY_ERROR_INVALID,
                           self->message != NULL ? self->message : _("The form is not complete"));
      return FALSE;
    }

  if (!voc_entity_validate (self->copy, error) ||
      !self->save (self->copy, self->user_data, error))
    return FALSE;

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}
