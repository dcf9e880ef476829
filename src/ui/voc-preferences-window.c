/* voc-preferences-window.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-preferences-window-private.h"

/*
 * The preferences that are not data, bound straight to GSettings: the style, running in the
 * background (which VocApp turns into starting at login, see voc-autostart.c), the rules
 * that suggest tasks with their numbers, and the daily application goal.
 */

struct _VocPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  AdwComboRow          *style_row;
  GtkSwitch            *background_switch;
  GtkSwitch            *follow_up_switch;
  GtkSpinButton        *follow_up_spin;
  GtkSwitch            *thank_you_switch;
  GtkSwitch            *prep_switch;
  GtkSwitch            *decision_switch;
  GtkSpinButton        *decision_spin;
  GtkSpinButton        *goal_spin;

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (VocPreferencesWindow, voc_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* In the order of the combo row's items. */
static const char * const color_schemes[] = { "default", "light", "dark" };

static gboolean
color_scheme_to_selected (GValue   *value,
                          GVariant *variant,
                          gpointer  user_data)
{
  const char *scheme = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (color_schemes); i++)
    if (g_strcmp0 (scheme, color_schemes[i]) == 0)
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
selected_to_color_scheme (const GValue       *value,
                          const GVariantType *expected_type,
                          gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (color_schemes))
    return NULL;

  return g_variant_new_string (color_schemes[selected]);
}

static void
voc_preferences_window_constructed (GObject *object)
{
  VocPreferencesWindow *self = VOC_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (voc_preferences_window_parent_class)->constructed (object);

  if (self->settings == NULL)
    self->settings = g_settings_new (APPLICATION_ID);

  g_settings_bind_with_mapping (self->settings, "color-scheme",
                                self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                color_scheme_to_selected, selected_to_color_scheme,
                                NULL, NULL);

  g_settings_bind (self->settings, "run-in-background", self->background_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "rule-follow-up", self->follow_up_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "follow-up-days", self->follow_up_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "rule-follow-up", self->follow_up_spin, "sensitive",
                   G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "rule-thank-you", self->thank_you_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "rule-prep", self->prep_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "rule-decision", self->decision_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "decision-hours", self->decision_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "rule-decision", self->decision_spin, "sensitive",
                   G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "daily-application-goal", self->goal_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
}

static void
voc_preferences_window_dispose (GObject *object)
{
  VocPreferencesWindow *self = VOC_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (voc_preferences_window_parent_class)->dispose (object);
}

static void
voc_preferences_window_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  VocPreferencesWindow *self = VOC_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_preferences_window_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  VocPreferencesWindow *self = VOC_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_preferences_window_class_init (VocPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = voc_preferences_window_constructed;
  object_class->dispose = voc_preferences_window_dispose;
  object_class->get_property = voc_preferences_window_get_property;
  object_class->set_property = voc_preferences_window_set_property;

  /**
   * VocPreferencesWindow:settings:
   *
   * The application's settings (schema `io.github.vocationapp.Vocation`).
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/voc-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VocPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, VocPreferencesWindow, background_switch);
  gtk_widget_class_bind_template_child (widget_class, VocPreferencesWindow, follow_up_switch);
  gtk_widget_class_bind_template_child (widget_class, VocPreferencesWindow, follow_up_spin);
  gtk_widget_class_bind_template_child (widget_class, VocPreferencesWindow, thank_you_switch);
  gtk_widget_class_bind_template_child (widget_class, VocPreferencesWindow, prep_switch);
  gtk_widget_class_bind_template_child (widget_class, VocPreferencesWindow, decision_switch);
  gtk_widget_class_bind_template_child (widget_class, VocPreferencesWindow, decision_spin);
  gtk_widget_class_bind_template_child (widget_class, VocPreferencesWindow, goal_spin);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
voc_preferences_window_init (VocPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * voc_preferences_window_new:
 * @settings: (nullable): the application's settings
 *
 * Returns: (transfer none): a new preferences window
 */
VocPreferencesWindow *
voc_preferences_window_new (GSettings *settings)
{
  g_return_val_if_fail (!settings || G_IS_SETTINGS (settings), NULL);

  return g_object_new (VOC_TYPE_PREFERENCES_WINDOW,
                       "settings", settings,
                       NULL);
}

GtkSwitch *
voc_preferences_window_get_background_switch (VocPreferencesWindow *self)
{
  g_return_val_if_fail (VOC_IS_PREFERENCES_WINDOW (self), NULL);

  return self->background_switch;
}

GtkSpinButton *
voc_preferences_window_get_goal_spin (VocPreferencesWindow *self)
{
  g_return_val_if_fail (VOC_IS_PREFERENCES_WINDOW (self), NULL);

  return self->goal_spin;
}
