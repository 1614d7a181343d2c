#pragma once

#include "core/common/Result.h"
#include "core/inventory/Node.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace fleetdeck::ui {

// Adds or edits one node. Validates as the operator types: while any field is wrong, OK is
// disabled and a line says what is wrong and what is allowed. OK does not close the dialog by
// itself: it emits nodeSubmitted(), and the dialog closes only when saveFinished() says the
// inventory took the node; otherwise the inventory's reason is shown and nothing is lost.
class NodeDialog : public QDialog {
    Q_OBJECT
public:
    explicit NodeDialog(QWidget *parent = nullptr);

    void setNode(const inventory::Node &node); // editing; without it the dialog adds
    void setKnownSites(const QStringList &sites);
    void setTakenNames(const QStringList &names); // names in use, refused for a new name

    // The node as the fields describe it, or what is wrong with them.
    Result<inventory::Node> node() const;
    QString problem() const; // empty while every field is valid
    bool isEditing() const { return m_original.has_value(); }

    void saveFinished(const Result<void> &result);

    void accept() override;

Q_SIGNALS:
    void nodeSubmitted(const inventory::Node &node);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void revalidate();
    void chooseIdentityFile();
    Result<QMap<QString, QString>> parseLabels() const;

    std::optional<inventory::Node> m_original;
    QStringList m_takenNames;
    bool m_saving = false;
    QString m_saveError;

    QFormLayout *m_form;
    QLineEdit *m_nameEdit;
    QLineEdit *m_hostEdit;
    QSpinBox *m_portSpin;
    QLineEdit *m_userEdit;
    QLineEdit *m_identityEdit;
    QPushButton *m_identityBrowse;
    QComboBox *m_siteCombo;
    QComboBox *m_tierCombo;
    QPlainTextEdit *m_labelsEdit;
    QLineEdit *m_agentEdit;
    QLabel *m_problemLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace fleetdeck::ui
