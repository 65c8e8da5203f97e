/** Settings: name and auto-lock, passphrase change, recovery key renewal, data key renewal. */
import { de } from '../../i18n/de';
import { ScreenHeading } from '../../ui/Heading';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { ConfigurationSections } from '../configuration/ConfigurationSections';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { GeneralSettingsForm } from './GeneralSettingsForm';
import { RekeyForm } from './RekeyForm';
import { BackupPanel } from '../backup/BackupPanel';
import { HandoverSettings } from '../handover/HandoverSettings';
import { RenewRecoveryKeyForm } from './RenewRecoveryKeyForm';
import { RetentionSettingsForm } from '../erasure/RetentionSettingsForm';
import { DocumentTextsSettings } from './DocumentTextsSettings';
import { UnitDetailsForm } from './UnitDetailsForm';
import { DataLocationPanel } from './DataLocationPanel';
import { useSettings } from './settingsStore';
import { StartOverSettings } from '../demo/StartOverSettings';

export function SettingsScreen() {
  const settings = useSettings((s) => s.settings);
  const loadError = useSettings((s) => s.loadError);
  return (
    <div className="page page-settings">
      <ScreenHeading focusOnMount>{de.pages.settings.title}</ScreenHeading>
      {settings ? (
        <>
          <GeneralSettingsForm settings={settings} />
          <ChangePassphraseForm userName={settings.userName} />
          <RenewRecoveryKeyForm />
          <RekeyForm />
          <DataLocationPanel />
          <BackupPanel />
          <HandoverSettings />
          <RetentionSettingsForm />
          <UnitDetailsForm />
          <DocumentTextsSettings />
          <StartOverSettings />
          <ConfigurationSections settings={settings} />
        </>
      ) : loadError ? (
        <ErrorMessage message={loadError} />
      ) : (
        <StatusMessage>{de.settings.loading}</StatusMessage>
      )}
    </div>
  );
}
