import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ProjectDetailsFragment } from '../../gql/graphql';
import { useCanWrite } from '../../shared/access/access';
import { MarkDeliveredDialog } from './MarkDeliveredDialog';
import { MoveDeadlineDialog } from './MoveDeadlineDialog';
import { ProjectFormDialog } from './ProjectFormDialog';

type Dialog = 'edit' | 'deadline' | 'delivered' | null;

export function ProjectActions({ project }: { project: ProjectDetailsFragment }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  const mayEdit = useCanWrite('PROJECTS');
  // Deadlines move with delivery work: the API asks the DELIVERY right for them.
  const mayMoveDeadline = useCanWrite('DELIVERY');
  const mayDeliver = mayMoveDeadline && !project.deliveredOn;
  if (!mayEdit && !mayMoveDeadline) return null;

  return (
    <Group gap="xs">
      {mayEdit && (
        <Button size="xs" variant="default" onClick={() => setDialog('edit')}>
          {t('projectActions.edit')}
        </Button>
      )}
      {mayMoveDeadline && (
        <Button size="xs" variant="default" onClick={() => setDialog('deadline')}>
          {t('projectActions.moveDeadline')}
        </Button>
      )}
      {mayDeliver && (
        <Button size="xs" variant="light" color="green" onClick={() => setDialog('delivered')}>
          {t('projectActions.markDelivered')}
        </Button>
      )}

      {/* Mounted only while open, so each opening starts from the current values. */}
      {dialog === 'edit' && (
        <ProjectFormDialog project={project} currency={project.currency} onClose={close} />
      )}
      {dialog === 'deadline' && (
        <MoveDeadlineDialog
          target={{ kind: 'project', id: project.id }}
          deadline={project.deadline}
          onClose={close}
        />
      )}
      {dialog === 'delivered' && <MarkDeliveredDialog projectId={project.id} onClose={close} />}
    </Group>
  );
}
