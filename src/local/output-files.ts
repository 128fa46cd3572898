/**
 * Where each file the menu's "Cấp địa chỉ và xuất tất cả tệp" puts in Drive goes in the
 * offline output folder. The contract document names the same paths, from here.
 */
export const EXPORT_TARGETS: Record<string, string> = {
  'google-workspace': 'provisioning/google-workspace.csv',
  entra: 'provisioning/microsoft-entra.csv',
  zimbra: 'provisioning/zimbra.zmprov',
  eoffice: 'provisioning/hpnet-eoffice.csv',
  signature: 'provisioning/ban-co-yeu-chu-ky-so.csv',
  findings: 'findings.csv',
};
