/** The popup: the data hook joined to the view. */
import type { PopupEnv } from './popup-env';
import { PopupView } from './popup-view';
import { usePopup } from './use-popup';

export interface PopupProps {
  env: PopupEnv;
}

export function Popup({ env }: PopupProps) {
  return <PopupView {...usePopup(env)} openNotesPage={env.openNotesPage} />;
}
