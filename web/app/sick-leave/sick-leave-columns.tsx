import {
  REQUIRED_SICK_LEAVE_COLUMNS,
  SICK_LEAVE_COLUMNS,
  SICK_LEAVE_HEADINGS,
} from '../../../core/sick-leave/import-columns';
import { importMessages } from '../../../core/messages/import-messages';
import { useMessages } from '../i18n/use-messages';
import { TableScroll } from '../components/table-scroll';

/** The import's columns: the headings each is recognised by, whether it is required, what it holds. */
export function SickLeaveColumns() {
  const t = useMessages(importMessages);
  return (
    <div class="sick-leave-columns-help">
      <h2 id="columns-heading">{t('sickLeaveImport.columnsHeading')}</h2>
      <p>{t('sickLeaveImport.columnsLead')}</p>
      <TableScroll label={t('sickLeaveImport.columnsHeading')}>
        <table class="sick-leave-columns">
          <thead>
            <tr>
              <th scope="col">{t('sickLeaveImport.columnName')}</th>
              <th scope="col">{t('sickLeaveImport.headings')}</th>
              <th scope="col">{t('sickLeaveImport.required')}</th>
              <th scope="col">{t('sickLeaveImport.meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {SICK_LEAVE_COLUMNS.map((column) => (
              <tr key={column}>
                <th scope="row">
                  <code>{column}</code>
                </th>
                <td>{SICK_LEAVE_HEADINGS[column].join(', ')}</td>
                <td>
                  {t(
                    REQUIRED_SICK_LEAVE_COLUMNS.includes(column)
                      ? 'sickLeaveImport.yes'
                      : 'sickLeaveImport.no',
                  )}
                </td>
                <td>{t(`sickLeaveImport.meaning.${column}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p>{t('sickLeaveImport.columnsNote')}</p>
    </div>
  );
}
